// Python numbers as operands. PyTorch types `2` as int64 and `2.0` as a float ("wrapped numbers" that do not
// widen a tensor's dtype), and a JS number cannot tell the two apart, so the interpreter wraps Python ints with
// pyScalar(n, 'int'). A bare JS number is taken as a Python float and a boolean as a Python bool.

import type { Backend } from '../backends/backend.ts';
import { defaultBackend } from '../backends/registry.ts';
import { allocArray, resultType, type DType, type Participation } from '../dtype.ts';
import { Tensor } from '../tensor.ts';

export type Scalar = number | boolean;
export type Operand = Tensor | Scalar;

export type ScalarKind = 'int' | 'float' | 'bool';

const KIND_DTYPE: Record<ScalarKind, DType> = { int: 'int64', float: 'float64', bool: 'bool' };

/** A Python number as a 0-d wrapped-number tensor. */
export function pyScalar(value: number, kind: ScalarKind): Tensor {
  return wrap(kind === 'bool' ? value !== 0 : value, KIND_DTYPE[kind], defaultBackend());
}

export function toTensor(x: Operand): Tensor {
  if (x instanceof Tensor) return x;
  return typeof x === 'boolean' ? pyScalar(x ? 1 : 0, 'bool') : pyScalar(x, 'float');
}

/** A JS number (a Python float, or bool) as a wrapped number already in `dtype`, on `like`'s device. */
export function wrappedNumber(value: Scalar, dtype: DType, like: Tensor): Tensor {
  return wrap(value, dtype, like.backend);
}

function wrap(value: Scalar, dtype: DType, backend: Backend): Tensor {
  const data = allocArray(dtype, 1);
  data[0] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  const t = Tensor.fromBuffer(backend.upload(data, dtype), []);
  t.isWrappedNumber = true;
  return t;
}

function participation(t: Tensor): Participation {
  if (t.isWrappedNumber) return 'wrapped';
  return t.ndim === 0 ? 'zero-dim' : 'dimensioned';
}

/** `torch.result_type` of a tensor and a wrapped number of dtype `numberDtype` (float64: a Python float). */
export function promotedTypeWith(t: Tensor, numberDtype: DType): DType {
  return resultType([
    { dtype: t.dtype, participation: participation(t) },
    { dtype: numberDtype, participation: 'wrapped' },
  ]);
}

/** `torch.result_type` over tensors (wrapped numbers included). */
export function promotedType(...tensors: readonly Tensor[]): DType {
  return resultType(tensors.map((t) => ({ dtype: t.dtype, participation: participation(t) })));
}
