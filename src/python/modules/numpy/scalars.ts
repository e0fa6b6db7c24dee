// NumPy's scalar types (np.float32, np.float64, np.int64, np.bool_) and dtype objects. They double as dtype=
// arguments, and a float32 scalar prints its own shortest digits (np.float32(19.013954) → 19.013954).

import type { DType } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { floatType, PyFloat } from '../../objects/float.ts';
import { boolType, intType, pyBool, PyInt } from '../../objects/int.ts';
import { PyObject, PyType } from '../../objects/object.ts';
import { PyStr, pyStr, strType } from '../../objects/str.ts';
import { asNumber, asString } from '../../runtime/convert.ts';
import type { BinaryOperator } from '../../ast.ts';
import { None, NotImplemented } from '../../objects/constants.ts';
import { addMembers, defineClass, getter, method } from '../../runtime/native.ts';
import { binaryOp } from '../../runtime/operators.ts';
import { TensorBacked } from '../tensorBacked.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { formatNumpyScalar } from '../format/index.ts';

const scalarText = (dtype: DType) =>
  method(['self'], (_ctx, [self]) => pyStr(formatNumpyScalar(dtype, asNumber(self!))));

export const float64Type: PyType = defineClass({
  name: 'float64',
  module: 'numpy',
  bases: [floatType],
  construct: (_ctx, type, args) => new PyFloat(args[0] === undefined ? 0 : asNumber(args[0]), type),
});

export const float32Type: PyType = defineClass({
  name: 'float32',
  module: 'numpy',
  bases: [floatType],
  construct: (_ctx, type, args) => new PyFloat(Math.fround(args[0] === undefined ? 0 : asNumber(args[0])), type),
  members: { __repr__: scalarText('float32'), __str__: scalarText('float32') },
});

export const int64Type: PyType = defineClass({
  name: 'int64',
  module: 'numpy',
  bases: [intType],
  construct: (_ctx, type, args) => new PyInt(args[0] === undefined ? 0 : Math.trunc(asNumber(args[0])), type),
});

/** np.str_: what picking one element of a str array gives (np.random.choice(['a', 'b'])). */
export const strScalarType: PyType = defineClass({
  name: 'str_',
  module: 'numpy',
  bases: [strType],
  construct: (_ctx, type, args) => new PyStr(args[0] === undefined ? '' : asString(args[0]), type),
});

export const boolScalarType: PyType = defineClass({
  name: 'bool_',
  module: 'numpy',
  construct: (_ctx, _type, args) => pyBool(args[0] !== undefined && asNumber(args[0]) !== 0),
});

/** An array element as the NumPy scalar indexing or a full reduction gives. */
export function numpyScalar(value: number, dtype: DType): PyObject {
  switch (dtype) {
    case 'float64':
      return new PyFloat(value, float64Type);
    case 'float32':
      return new PyFloat(value, float32Type);
    case 'int64':
      return new PyInt(value, int64Type);
    case 'bool':
      return pyBool(value !== 0);
  }
}

export class PyNumpyDType extends PyObject {
  constructor(readonly dtype: DType) {
    super(dtypeType);
  }
}

const NAMES: Record<string, DType> = {
  float64: 'float64',
  float: 'float64',
  double: 'float64',
  f8: 'float64',
  float32: 'float32',
  single: 'float32',
  f4: 'float32',
  int64: 'int64',
  int: 'int64',
  i8: 'int64',
  bool: 'bool',
  bool_: 'bool',
};

/** dtype= as NumPy reads it: a scalar type, a Python type, a dtype object, or a name ('float32'). */
export function asNumpyDType(obj: PyObject): DType {
  if (obj instanceof PyNumpyDType) return obj.dtype;
  if (obj === float64Type || obj === floatType) return 'float64';
  if (obj === float32Type) return 'float32';
  if (obj === int64Type || obj === intType) return 'int64';
  if (obj === boolScalarType || obj === boolType) return 'bool';
  if (obj instanceof PyStr) {
    const found = NAMES[obj.value];
    if (found !== undefined) return found;
    if (/^u?int(8|16|32)$|^float16$/.test(obj.value)) {
      throw pyError(PyExc.NotImplementedError, `dtype ${obj.value} is not supported in Tandem (float32, float64, int64 and bool are)`);
    }
    throw pyError(PyExc.TypeError, `data type '${obj.value}' not understood`);
  }
  if (obj instanceof PyType) {
    throw pyError(PyExc.NotImplementedError, `dtype ${obj.name} is not supported in Tandem (float32, float64, int64 and bool are)`);
  }
  throw pyError(PyExc.TypeError, `Cannot interpret '${obj.type.name}' as a data type`);
}

export const dtypeType: PyType = defineClass({
  name: 'dtype',
  module: 'numpy',
  construct: (_ctx, _type, args) => new PyNumpyDType(asNumpyDType(args[0] ?? pyStr('float64'))),
  members: {
    __repr__: method(['self'], (_ctx, [self]) => pyStr(`dtype('${(self as PyNumpyDType).dtype}')`)),
    __str__: method(['self'], (_ctx, [self]) => pyStr((self as PyNumpyDType).dtype)),
    name: getter((_ctx, self) => pyStr((self as PyNumpyDType).dtype)),
    /** arr.dtype == np.float32, == 'float32', == float all hold, as in NumPy. */
    __eq__: method(['self', 'other'], (_ctx, [self, other]) => {
      try {
        return pyBool(asNumpyDType(other) === (self as PyNumpyDType).dtype);
      } catch {
        return pyBool(false);
      }
    }),
    __hash__: method(['self'], (_ctx, [self]) => new PyInt(['float32', 'float64', 'int64', 'bool'].indexOf((self as PyNumpyDType).dtype))),
  },
});

export const DTYPE_OBJECTS: Record<DType, PyNumpyDType> = {
  float64: new PyNumpyDType('float64'),
  float32: new PyNumpyDType('float32'),
  int64: new PyNumpyDType('int64'),
  bool: new PyNumpyDType('bool'),
};

/** What NumPy scalars share with 0-d arrays: item() and tolist() give the Python number; dtype, shape, ndim. */
function scalarMembers(dtype: DType): Record<string, PyObject> {
  const python = method(['self'], (_ctx, [self]) =>
    dtype === 'int64' ? new PyInt((self as PyInt).value) : new PyFloat(asNumber(self!)),
  );
  return {
    item: python,
    tolist: python,
    dtype: getter(() => DTYPE_OBJECTS[dtype]),
    shape: getter(() => pyTuple([])),
    ndim: getter(() => new PyInt(0)),
    size: getter(() => new PyInt(1)),
  };
}

addMembers(float64Type, scalarMembers('float64'));
addMembers(float32Type, scalarMembers('float32'));
addMembers(int64Type, scalarMembers('int64'));

/**
 * Arithmetic on np.int64 and np.float64 keeps NumPy's scalar types (np.int64(3) + 1 is an np.int64; / gives an
 * np.float64): the Python operation on the plain number, its result retyped. Arrays on the other side answer
 * for themselves.
 */
function keepScalarType(op: BinaryOperator, reflected: boolean) {
  return method(['self', 'other'], async (ctx, [self, other]) => {
    if (other instanceof TensorBacked) return NotImplemented;
    const plain = self instanceof PyInt ? new PyInt(self.value) : new PyFloat(asNumber(self!));
    const result = await binaryOp(ctx, op, reflected ? other : plain, reflected ? plain : other);
    if (result.type === intType) return new PyInt((result as PyInt).value, int64Type);
    if (result.type === floatType) return new PyFloat((result as PyFloat).value, float64Type);
    return result;
  });
}

const ARITHMETIC: [string, BinaryOperator][] = [
  ['add', 'Add'],
  ['sub', 'Sub'],
  ['mul', 'Mult'],
  ['truediv', 'Div'],
  ['floordiv', 'FloorDiv'],
  ['mod', 'Mod'],
  ['pow', 'Pow'],
];

const arithmeticMembers = Object.fromEntries(
  ARITHMETIC.flatMap(([name, op]) => [
    [`__${name}__`, keepScalarType(op, false)],
    [`__r${name}__`, keepScalarType(op, true)],
  ]),
);

/** round(np.float64(x), n) rounds as np.round does (x·10ⁿ to even, then back), not as Python's float. */
const numpyRound = method(['self', 'ndigits?'], (_ctx, [self, ndigits]) => {
  const x = asNumber(self!);
  if (ndigits === undefined || ndigits === None) return new PyInt(roundHalfEven(x));
  const n = Number((ndigits as PyInt).value);
  const scaled = n >= 0 ? roundHalfEven(x * 10 ** n) / 10 ** n : roundHalfEven(x / 10 ** -n) * 10 ** -n;
  return new PyFloat(scaled, self!.type);
});

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

addMembers(int64Type, arithmeticMembers);
addMembers(float64Type, { ...arithmeticMembers, __round__: numpyRound });
addMembers(float32Type, { __round__: numpyRound });
