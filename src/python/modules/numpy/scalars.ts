// NumPy's scalar types (np.float32, np.float64, np.int64, np.bool_) and dtype objects. They double as dtype=
// arguments, and a float32 scalar prints its own shortest digits (np.float32(19.013954) → 19.013954).

import type { DType } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { floatType, PyFloat } from '../../objects/float.ts';
import { boolType, intType, pyBool, PyInt } from '../../objects/int.ts';
import { PyObject, PyType } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { asNumber } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
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
