// TensorFlow's eager tensors and variables (tf.constant, tf.Variable) over engine tensors: printing as
// TensorFlow prints them, .numpy(), .shape, and arithmetic. TensorFlow converts a Python number to the tensor's
// dtype and refuses to mix dtypes, unlike NumPy and PyTorch.

import * as E from '../../../engine/index.ts';
import type { DType as EngineDType, Tensor } from '../../../engine/index.ts';
import { NotImplemented } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { PyBool, PyInt, pyInt, True } from '../../objects/int.ts';
import { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { PyTuple, tupleType } from '../../objects/tuple.ts';
import { asNumber } from '../../runtime/convert.ts';
import { addMembers, defineClass, getter, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { formatArrayRepr, formatArrayStr, type DType as PrintDType } from '../format/index.ts';
import { readNested } from '../nested.ts';
import { arrayOrScalar } from '../numpy/ndarray.ts';
import { wrapArray } from '../numpy/ndarrayClass.ts';
import { TensorBacked } from '../tensorBacked.ts';
import { numpyPrintOptions } from '../numpy/printOptionsModule.ts';
import type { Context } from '../../objects/context.ts';

/** TensorFlow's dtype names; int32 (TensorFlow's default integer) is held in the engine's int64. */
export type TFDType = 'float32' | 'float64' | 'int32' | 'int64' | 'bool';

export const engineDType = (d: TFDType): EngineDType => (d === 'int32' ? 'int64' : d);

export class PyTFTensor extends TensorBacked {
  constructor(
    type: PyType,
    tensor: Tensor,
    readonly dtype: TFDType,
  ) {
    super(type, tensor);
  }
}

export class PyTFDType extends PyObject {
  constructor(readonly name: TFDType) {
    super(tfDTypeType);
  }
}

export const tfDTypeType: PyType = defineClass({
  name: 'DType',
  module: 'tensorflow',
  members: {
    __repr__: method(['self'], (_ctx, [self]) => pyStr(`tf.${(self as PyTFDType).name}`)),
    name: getter((_ctx, self) => pyStr((self as PyTFDType).name)),
  },
});

export const TF_DTYPES: Record<TFDType, PyTFDType> = {
  float32: new PyTFDType('float32'),
  float64: new PyTFDType('float64'),
  int32: new PyTFDType('int32'),
  int64: new PyTFDType('int64'),
  bool: new PyTFDType('bool'),
};

/** TensorShape: a tuple of dims, printed (2, 2) by str() and TensorShape([2, 2]) by repr(). */
export const tensorShapeType: PyType = defineClass({
  name: 'TensorShape',
  module: 'tensorflow',
  bases: [tupleType],
  members: {
    __repr__: method(['self'], (_ctx, [self]) => pyStr(`TensorShape([${dimsOf(self!).join(', ')}])`)),
    __str__: method(['self'], (_ctx, [self]) => {
      const dims = dimsOf(self!);
      return pyStr(dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`);
    }),
  },
});

const dimsOf = (shape: PyObject) => (shape as PyTuple).items.map((d) => String((d as PyInt).value));

export const eagerTensorType: PyType = defineClass({ name: 'EagerTensor', module: 'tensorflow.python.framework.ops' });
export const variableType: PyType = defineClass({ name: 'ResourceVariable', module: 'tensorflow.python.ops.resource_variable_ops' });

export function tfTensor(t: Tensor, dtype: TFDType): PyTFTensor {
  return new PyTFTensor(eagerTensorType, t, dtype);
}

export function tfOf(obj: PyObject | undefined, what = 'tensor'): PyTFTensor {
  if (obj instanceof PyTFTensor) return obj;
  throw pyError(PyExc.TypeError, `${what} must be a tf.Tensor, not ${obj?.type.name ?? 'None'}`);
}

/** tf.constant(value, dtype): floats default to float32 and ints to int32, as TensorFlow does. */
export async function tfFrom(value: PyObject, dtype: TFDType | null): Promise<PyTFTensor> {
  if (value instanceof PyTFTensor) return dtype === null || dtype === value.dtype ? value : cast(value, dtype);
  if (value instanceof TensorBacked) {
    const d: TFDType = dtype ?? value.tensor.dtype;
    return tfTensor(engine(() => E.to(value.tensor, engineDType(d))), d);
  }
  const nested = await readNested(value, {
    ragged: () => pyError(PyExc.ValueError, "Can't convert non-rectangular Python sequence to Tensor."),
    notANumber: (o) => pyError(PyExc.NotImplementedError, `tensors of ${o.type.name} are not supported in Tandem`),
  });
  const d: TFDType = dtype ?? (nested.kind === 'float' ? 'float32' : nested.kind === 'int' ? 'int32' : 'bool');
  return tfTensor(engine(() => E.fromValues(nested.values, nested.shape, engineDType(d))), d);
}

export function cast(x: PyTFTensor, dtype: TFDType): PyTFTensor {
  return tfTensor(engine(() => E.to(x.tensor, engineDType(dtype))), dtype);
}

/** The other operand in the tensor's dtype; null when it is neither a number nor a tensor. */
function operandFor(x: PyTFTensor, other: PyObject, op: string): Tensor | null {
  if (other instanceof PyTFTensor) {
    if (other.dtype !== x.dtype) {
      throw pyError(
        invalidArgumentError,
        `cannot compute ${op} as input #1(zero-based) was expected to be a ${x.dtype} tensor but is a ${other.dtype} tensor [Op:${op}]`,
      );
    }
    return other.tensor;
  }
  if (other instanceof PyBool || other instanceof PyInt || other instanceof PyFloat) {
    return E.fromValues([asNumber(other)], [], x.tensor.dtype);
  }
  return null;
}

export const invalidArgumentError = new PyType('InvalidArgumentError', [PyExc.Exception], {
  module: 'tensorflow.python.framework.errors_impl',
});

const binary = (op: string, f: (a: Tensor, b: Tensor) => Tensor, reflected = false, result?: TFDType) =>
  method(['self', 'other'], (_ctx, [self, other]) => {
    const x = tfOf(self);
    const y = operandFor(x, other, op);
    if (y === null) return NotImplemented;
    return tfTensor(engine(() => (reflected ? f(y, x.tensor) : f(x.tensor, y))), result ?? x.dtype);
  });

/** TensorFlow prints a tensor's values through NumPy, so np.set_printoptions applies. */
async function valuesText(ctx: Context, x: PyTFTensor, repr: boolean): Promise<string> {
  const data = { shape: x.tensor.shape, dtype: x.dtype as PrintDType, values: await x.tensor.data() };
  return repr ? formatArrayRepr(data, numpyPrintOptions(ctx)) : formatArrayStr(data, numpyPrintOptions(ctx));
}

const shapeText = (t: Tensor) => (t.ndim === 1 ? `(${t.shape[0]},)` : `(${t.shape.join(', ')})`);

/** `numpy=` in a repr: the array's repr, or the scalar for a 0-d tensor. */
async function numpyText(ctx: Context, x: PyTFTensor): Promise<string> {
  return valuesText(ctx, x, x.tensor.ndim !== 0);
}

const tensorMembers: Record<string, PyObject> = {
  shape: getter((_ctx, self) => new PyTuple(tfOf(self).tensor.shape.map((d) => pyInt(d)), tensorShapeType)),
  dtype: getter((_ctx, self) => TF_DTYPES[tfOf(self).dtype]),
  ndim: getter((_ctx, self) => pyInt(tfOf(self).tensor.ndim)),
  /** A NumPy copy (0-d gives a NumPy scalar), as TensorFlow's .numpy() returns. */
  numpy: method(['self'], async (_ctx, [self]) => {
    const x = tfOf(self);
    return arrayOrScalar(engine(() => E.clone(x.tensor.detach())));
  }),
  __array__: method(['self'], (_ctx, [self]) => wrapArray(tfOf(self).tensor.detach())),
  __add__: binary('AddV2', E.add),
  __radd__: binary('AddV2', E.add, true),
  __sub__: binary('Sub', E.sub),
  __rsub__: binary('Sub', E.sub, true),
  __mul__: binary('Mul', E.mul),
  __rmul__: binary('Mul', E.mul, true),
  __truediv__: binary('RealDiv', E.div),
  __rtruediv__: binary('RealDiv', E.div, true),
  __pow__: binary('Pow', E.pow),
  __matmul__: binary('MatMul', E.matmul),
  __lt__: binary('Less', E.lt, false, 'bool'),
  __le__: binary('LessEqual', E.le, false, 'bool'),
  __gt__: binary('Greater', E.gt, false, 'bool'),
  __ge__: binary('GreaterEqual', E.ge, false, 'bool'),
  __neg__: method(['self'], (_ctx, [self]) => {
    const x = tfOf(self);
    return tfTensor(engine(() => E.neg(x.tensor)), x.dtype);
  }),
  __float__: method(['self'], async (_ctx, [self]) => pyFloat((await tfOf(self).tensor.data())[0]!)),
  __len__: method(['self'], (_ctx, [self]) => pyInt(tfOf(self).tensor.shape[0] ?? 0)),
};

addMembers(eagerTensorType, {
  ...tensorMembers,
  __str__: method(['self'], async (ctx, [self]) => {
    const x = tfOf(self);
    const text = await valuesText(ctx, x, false);
    return pyStr(`tf.Tensor(${text.includes('\n') ? '\n' + text : text}, shape=${shapeText(x.tensor)}, dtype=${x.dtype})`);
  }),
  __repr__: method(['self'], async (ctx, [self]) => {
    const x = tfOf(self);
    return pyStr(`<tf.Tensor: shape=${shapeText(x.tensor)}, dtype=${x.dtype}, numpy=${await numpyText(ctx, x)}>`);
  }),
});

/** Writes a new value into a variable's memory (assign, assign_add, and optimizers' updates). */
const assign = (f: (v: Tensor, value: Tensor) => Tensor) =>
  method(['self', 'value'], async (_ctx, [self, value]) => {
    const v = tfOf(self);
    const source = await tfFrom(value, v.dtype);
    engine(() => E.noGrad(() => E.commit(v.tensor, f(v.tensor, source.tensor))));
    return self!;
  });

addMembers(variableType, {
  ...tensorMembers,
  __repr__: method(['self'], async (ctx, [self]) => {
    const x = tfOf(self);
    return pyStr(`<tf.Variable 'Variable:0' shape=${shapeText(x.tensor)} dtype=${x.dtype}, numpy=${await numpyText(ctx, x)}>`);
  }),
  assign: assign((_v, value) => value),
  assign_add: assign(E.add),
  assign_sub: assign(E.sub),
  trainable: getter(() => True),
  name: getter(() => pyStr('Variable:0')),
});

/** tf.Variable(initial_value): a leaf the tape differentiates (floats only, as gradients need). */
export async function tfVariable(initial: PyObject, dtype: TFDType | null): Promise<PyTFTensor> {
  const value = await tfFrom(initial, dtype);
  const leaf = engine(() => E.clone(value.tensor).detach());
  if (value.dtype === 'float32' || value.dtype === 'float64') engine(() => leaf.setRequiresGrad(true));
  return new PyTFTensor(variableType, leaf, value.dtype);
}

