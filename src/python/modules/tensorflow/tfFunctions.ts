// The low-level TensorFlow functions lessons use beside Keras: tf.constant, tf.Variable, tf.cast, the
// reductions (tf.reduce_mean…) and elementwise math (tf.square…), each over engine ops.

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { asString, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asDims, asShape, flag } from '../torch/args.ts';
import { asActivation } from './activations.ts';
import { PyTFDType, cast, tfFrom, tfTensor, tfVariable, type TFDType } from './tfTensor.ts';

function dtypeOf(obj: PyObject | undefined): TFDType | null {
  if (!given(obj)) return null;
  if (obj instanceof PyTFDType) return obj.name;
  const name = asString(obj, 'dtype');
  if (name === 'float32' || name === 'float64' || name === 'int32' || name === 'int64' || name === 'bool') return name;
  throw pyError(PyExc.TypeError, `Cannot convert ${name} to a TensorFlow DType`);
}

const elementwise = (f: (t: Tensor) => Tensor) =>
  method(['x', 'name?'], async (_ctx, [x]) => {
    const t = await tfFrom(x, null);
    return tfTensor(engine(() => f(t.tensor)), t.dtype);
  });

const reduction = (f: (t: Tensor, dims: E.Dims, keepdim: boolean) => Tensor) =>
  method(['input_tensor', 'axis?', 'keepdims?', 'name?'], async (_ctx, [input, axis, keepdims]) => {
    const t = await tfFrom(input, null);
    return tfTensor(engine(() => f(t.tensor, asDims(axis), flag(keepdims, false))), t.dtype);
  });

const binaryFn = (f: (a: Tensor, b: Tensor) => Tensor) =>
  method(['x', 'y', 'name?'], async (_ctx, [x, y]) => {
    const a = await tfFrom(x, null);
    const b = await tfFrom(y, a.dtype);
    return tfTensor(engine(() => f(a.tensor, b.tensor)), a.dtype);
  });

export function tfFunctions(): Record<string, PyObject> {
  return {
    constant: method(['value', 'dtype?', 'shape?', 'name?'], async (_ctx, [value, dtype]) => tfFrom(value, dtypeOf(dtype))),
    convert_to_tensor: method(['value', 'dtype?'], async (_ctx, [value, dtype]) => tfFrom(value, dtypeOf(dtype))),
    Variable: method(['initial_value', 'trainable?', 'name?', 'dtype?'], async (_ctx, [value, , , dtype]) =>
      tfVariable(value, dtypeOf(dtype)),
    ),
    cast: method(['x', 'dtype'], async (_ctx, [x, dtype]) => cast(await tfFrom(x, null), dtypeOf(dtype)!)),
    zeros: method(['shape', 'dtype?'], (_ctx, [shape, dtype]) => {
      const d = dtypeOf(dtype) ?? 'float32';
      return tfTensor(engine(() => E.zeros(asShape([shape]), d === 'int32' ? 'int64' : d)), d);
    }),
    ones: method(['shape', 'dtype?'], (_ctx, [shape, dtype]) => {
      const d = dtypeOf(dtype) ?? 'float32';
      return tfTensor(engine(() => E.ones(asShape([shape]), d === 'int32' ? 'int64' : d)), d);
    }),
    reshape: method(['tensor', 'shape'], async (_ctx, [tensor, shape]) => {
      const t = await tfFrom(tensor, null);
      return tfTensor(engine(() => E.reshape(t.tensor, asShape([shape]))), t.dtype);
    }),
    transpose: elementwise((t) => E.permute(t, t.shape.map((_, i) => t.ndim - 1 - i))),
    reduce_mean: reduction(E.mean),
    reduce_sum: reduction((t, dims, keep) => E.sum(t, dims, keep)),
    reduce_max: reduction(E.amax),
    reduce_min: reduction(E.amin),
    square: elementwise(E.square),
    sqrt: elementwise(E.sqrt),
    exp: elementwise(E.exp),
    abs: elementwise(E.abs),
    sigmoid: elementwise(E.sigmoid),
    tanh: elementwise(E.tanh),
    add: binaryFn(E.add),
    subtract: binaryFn(E.sub),
    multiply: binaryFn(E.mul),
    divide: binaryFn(E.div),
    matmul: binaryFn(E.matmul),
  };
}

export const tfNnFunctions = (): Record<string, PyObject> => ({
  relu: asActivation(elementwise(E.relu), 'relu'),
  sigmoid: asActivation(elementwise(E.sigmoid), 'sigmoid'),
  tanh: asActivation(elementwise(E.tanh), 'tanh'),
  softmax: asActivation(elementwise((t) => E.softmax(t, -1)), 'softmax'),
});
