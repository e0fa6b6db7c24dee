// The primitive set every backend implements (tinygrad's small op set, TF.js' backend split). Ops in ../ops are
// written once against this interface; the engine never knows which backend runs them.
//
// Kernels are synchronous: they run (CPU) or enqueue (GPU) work and return a buffer handle at once. Only `read`
// is asynchronous, because a GPU readback is. Every kernel writes a fresh, contiguous output, except `write`
// and `fill`, which update a strided destination in place (in-place ops, setitem, optimizers).

import type { DType, TypedArray } from '../dtype.ts';
import type { Shape } from '../shape.ts';

/** A backend's handle to device memory holding `length` elements of `dtype`. */
export interface DeviceBuffer {
  readonly backend: Backend;
  readonly dtype: DType;
  readonly length: number;
}

/**
 * How a kernel sees a tensor: a buffer read through shape, strides and offset (PyTorch's view model).
 * Broadcasting is a stride of 0; a transpose is swapped strides; neither copies.
 */
export interface StridedView {
  readonly buffer: DeviceBuffer;
  readonly shape: Shape;
  readonly strides: readonly number[];
  readonly offset: number;
}

export type UnaryOp =
  | 'identity' // a copy, and with another output dtype a cast
  | 'neg'
  | 'abs'
  | 'sign'
  | 'exp'
  | 'log'
  | 'log1p'
  | 'expm1'
  | 'sqrt'
  | 'rsqrt'
  | 'reciprocal'
  | 'sin'
  | 'cos'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'round' // half to even, as torch.round
  | 'floor'
  | 'ceil'
  | 'trunc'
  | 'not'
  | 'erf'
  | 'isnan';

export type BinaryOp =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'maximum'
  | 'minimum'
  | 'floordiv'
  | 'remainder' // Python's sign convention, as torch.remainder
  | 'atan2'
  | 'eq'
  | 'ne'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'and'
  | 'or'
  | 'xor';

export type ReduceOp = 'sum' | 'prod' | 'max' | 'min' | 'any' | 'all';

export type ArgReduceOp = 'argmax' | 'argmin';

export interface IndexCheck {
  readonly wrapNegative: boolean;
  readonly message: (index: number) => string;
}

export interface Backend {
  readonly name: string;

  /** Wraps host data; the backend takes ownership of `data`. */
  upload(data: TypedArray, dtype: DType): DeviceBuffer;
  /** A copy of the buffer's contents on the host. */
  read(buffer: DeviceBuffer): Promise<TypedArray>;
  /**
   * The runtime is done with `buffer` (no tensor can reach it any more; DESIGN.md, tensor lifetime): a backend
   * whose memory the JS garbage collector does not manage returns it to its pool now. Work already recorded
   * that reads the buffer must still see its contents. Optional: the CPU backend's arrays are simply dropped.
   */
  release?(buffer: DeviceBuffer): void;

  /** out[i] = op(x[i]); the computation happens in x's dtype and is stored as `outDtype`. */
  unary(op: UnaryOp, x: StridedView, outDtype: DType): DeviceBuffer;
  /** out[i] = op(a[i], b[i]); a and b have the same shape (already broadcast by strides) and dtype. */
  binary(op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer;
  /** out[i] = cond[i] ? a[i] : b[i]; all three have the same shape. */
  where(cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer;
  /** Reduces `axes` away (ascending, possibly all); the output keeps the other axes in order. */
  reduce(op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): DeviceBuffer;
  /** Index (int64) of the first maximum/minimum along `axis`, which is removed from the output. */
  argReduce(op: ArgReduceOp, x: StridedView, axis: number): DeviceBuffer;
  /** Batched matrix product: a is (B, M, K), b is (B, K, N), the output (B, M, N). */
  matmul(a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer;
  /** Inclusive prefix sum along `axis`. */
  cumsum(x: StridedView, axis: number, outDtype: DType): DeviceBuffer;
  /**
   * softmax along `axis` (log_softmax when `log`), x floating: each row shifted by its maximum, even an infinite
   * one (so a row holding +inf, or only -inf, is NaN, as in PyTorch). One kernel where the composition from max,
   * exp, sum and div would take six.
   */
  softmax(x: StridedView, axis: number, log: boolean, outDtype: DType): DeviceBuffer;

  /** out[i] = x.flat[index[i]] where `index` holds row-major positions into x's logical shape. */
  take(x: StridedView, index: StridedView): DeviceBuffer;
  /** A buffer of `length` zeros plus, for every i, src[i] added at position index[i] (take's adjoint). */
  scatterAdd(length: number, index: StridedView, src: StridedView, outDtype: DType): DeviceBuffer;
  /**
   * Checks every index against `size` and returns int64 positions in [0, size): negatives wrap as in Python
   * when `check.wrapNegative`, and an index out of range raises IndexError(check.message(index)). (A GPU
   * backend cannot raise synchronously; it clamps instead.)
   */
  checkIndex(index: StridedView, size: number, check: IndexCheck): DeviceBuffer;
  /** Row-major positions (int64, shape (count, ndim)) of the nonzero elements; a data-dependent shape. */
  nonzero(x: StridedView): Promise<{ buffer: DeviceBuffer; count: number }>;

  /** dst.flat[index[i]] = src[i] for every i (index_put_); positions are row-major into dst's logical shape. */
  put(dst: StridedView, index: StridedView, src: StridedView): void;
  /** Writes src (same shape as dst, possibly broadcast by strides) into dst's elements, converting dtypes. */
  write(dst: StridedView, src: StridedView): void;
  /** Sets every element of dst to `value`. */
  fill(dst: StridedView, value: number): void;
}
