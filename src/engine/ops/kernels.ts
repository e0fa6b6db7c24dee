// Forward-only calls into the tensor's backend: the glue between Tensor and the Backend primitives. Nothing
// here records autograd history; ops build on these and record their own backward.

import type { ArgReduceOp, BinaryOp, ReduceOp, UnaryOp } from '../backends/backend.ts';
import { defaultBackend } from '../backends/registry.ts';
import { allocArray, type DType } from '../dtype.ts';
import { broadcastAll, contiguousStrides, sameShape, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';

/** A broadcast view of `t` at `shape` (stride 0 along broadcast dims); shapes must already be compatible. */
export function broadcastView(t: Tensor, shape: Shape): Tensor {
  if (sameShape(t.shape, shape)) return t;
  const lead = shape.length - t.ndim;
  const strides = shape.map((d, i) => {
    const src = i - lead;
    if (src < 0) return 0;
    return t.shape[src] === 1 && d !== 1 ? 0 : t.strides[src];
  });
  return new Tensor(t.storage, [...shape], strides, t.offset, t.dtype);
}

export function unaryKernel(op: UnaryOp, x: Tensor, outDtype: DType = x.dtype): Tensor {
  return Tensor.fromBuffer(x.backend.unary(op, x.view, outDtype), x.shape);
}

/** Casts without recording history (used for type promotion inside ops). */
export function castKernel(x: Tensor, dtype: DType): Tensor {
  return x.dtype === dtype ? x : unaryKernel('identity', x, dtype);
}

/** A contiguous copy (or `x` itself when it already is one). */
export function contiguousKernel(x: Tensor): Tensor {
  return x.isContiguous() ? x : unaryKernel('identity', x);
}

/** Elementwise a∘b with broadcasting; a and b must share a dtype. */
export function binaryKernel(op: BinaryOp, a: Tensor, b: Tensor, outDtype: DType = a.dtype): Tensor {
  const shape = sameShape(a.shape, b.shape) ? a.shape : broadcastAll([a.shape, b.shape]);
  const buffer = a.backend.binary(op, broadcastView(a, shape).view, broadcastView(b, shape).view, outDtype);
  return Tensor.fromBuffer(buffer, shape);
}

export function whereKernel(cond: Tensor, a: Tensor, b: Tensor): Tensor {
  const shape = broadcastAll([cond.shape, a.shape, b.shape]);
  const buffer = a.backend.where(
    broadcastView(cond, shape).view,
    broadcastView(a, shape).view,
    broadcastView(b, shape).view,
    a.dtype,
  );
  return Tensor.fromBuffer(buffer, shape);
}

/** Reduces `axes` (normalized, any order); keepdim leaves them as size 1. */
export function reduceKernel(op: ReduceOp, x: Tensor, axes: readonly number[], keepdim: boolean, outDtype: DType): Tensor {
  const sorted = [...new Set(axes)].sort((p, q) => p - q);
  const buffer = x.backend.reduce(op, x.view, sorted, outDtype);
  const shape = keepdim
    ? x.shape.map((d, i) => (sorted.includes(i) ? 1 : d))
    : x.shape.filter((_, i) => !sorted.includes(i));
  return Tensor.fromBuffer(buffer, shape);
}

export function argReduceKernel(op: ArgReduceOp, x: Tensor, axis: number, keepdim: boolean): Tensor {
  const buffer = x.backend.argReduce(op, x.view, axis);
  const shape = keepdim ? x.shape.map((d, i) => (i === axis ? 1 : d)) : x.shape.filter((_, i) => i !== axis);
  return Tensor.fromBuffer(buffer, shape);
}

/** A tensor of `shape` filled with `value`. */
export function fullKernel(shape: Shape, value: number, dtype: DType, like?: Tensor): Tensor {
  const scalar = scalarKernel(value, dtype, like);
  if (shape.length === 0) return scalar;
  const buffer = scalar.backend.unary('identity', broadcastView(scalar, shape).view, dtype);
  return Tensor.fromBuffer(buffer, shape);
}

export const zerosLikeKernel = (t: Tensor): Tensor => fullKernel(t.shape, 0, t.dtype, t);

/** A 0-d tensor holding `value` (not a wrapped number). */
export function scalarKernel(value: number, dtype: DType, like?: Tensor): Tensor {
  const data = allocArray(dtype, 1);
  data[0] = value;
  return Tensor.fromBuffer((like?.backend ?? defaultBackend()).upload(data, dtype), []);
}

/** `torch.arange(start, end, step)` computed on the host and uploaded: values are exact multiples of step. */
export function arangeKernel(start: number, end: number, step: number, dtype: DType, like?: Tensor): Tensor {
  const length = Math.max(0, Math.ceil((end - start) / step));
  const data = allocArray(dtype, length);
  for (let i = 0; i < length; i++) data[i] = start + i * step;
  return Tensor.fromBuffer((like?.backend ?? defaultBackend()).upload(data, dtype), [length]);
}

/** A view with explicit geometry over `t`'s storage. */
export function restride(t: Tensor, shape: Shape, strides: readonly number[], offset: number): Tensor {
  return new Tensor(t.storage, [...shape], [...strides], offset, t.dtype);
}

/** Reinterprets a contiguous tensor with a new shape of the same size (no copy). */
export function reshapeContiguous(t: Tensor, shape: Shape): Tensor {
  return restride(t, shape, contiguousStrides(shape), t.offset);
}

/** Index values checked against `size` with Python's negative wrap-around, raising PyTorch's IndexError. */
export function wrapIndexKernel(index: Tensor, size: number, dim: number): Tensor {
  const buffer = index.backend.checkIndex(index.view, size, {
    wrapNegative: true,
    message: (i) => `index ${i} is out of bounds for dimension ${dim} with size ${size}`,
  });
  return Tensor.fromBuffer(buffer, index.shape);
}
