// Movement ops. Most return views that share the input's memory (PyTorch's view semantics): only strides and
// offset change. Each backward moves the gradient back to the input's layout.

import { record } from '../autograd/record.ts';
import { legacyTypeName } from '../dtype.ts';
import { indexError, runtimeError } from '../errors.ts';
import { contiguousStrides, formatShape, inferShape, normalizeDim, numel, sameShape, type Shape } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { contiguousKernel, fullKernel, reduceKernel, reshapeContiguous, restride, unaryKernel } from './kernels.ts';

/** PyTorch's computeStride: strides that let `newShape` view the same memory, or null if no view exists. */
function viewStrides(oldShape: Shape, oldStrides: readonly number[], newShape: Shape): number[] | null {
  if (oldShape.length === 0) return contiguousStrides(newShape);
  const newStrides = new Array<number>(newShape.length).fill(1);
  if (numel(oldShape) === 0) return contiguousStrides(newShape);
  let viewD = newShape.length - 1;
  let chunkBase = oldStrides[oldStrides.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let d = oldShape.length - 1; d >= 0; d--) {
    tensorNumel *= oldShape[d];
    if (d === 0 || (oldShape[d - 1] !== 1 && oldStrides[d - 1] !== tensorNumel * chunkBase)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] === 1)) {
        newStrides[viewD] = viewNumel * chunkBase;
        viewNumel *= newShape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (d > 0) {
        chunkBase = oldStrides[d - 1];
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? newStrides : null;
}

function viewAs(x: Tensor, shape: Shape, name: string): Tensor | null {
  const strides = viewStrides(x.shape, x.strides, shape);
  if (strides === null) return null;
  const oldShape = x.shape;
  return record(restride(x, shape, strides, x.offset), name, [x], (g) => [reshape(g, oldShape)]);
}

/** `tensor.view(*shape)`: never copies; fails like PyTorch when the memory layout does not allow it. */
export function view(x: Tensor, shape: Shape): Tensor {
  const target = inferShape(shape, x.numel);
  const out = viewAs(x, target, 'ViewBackward0');
  if (out === null) {
    throw runtimeError(
      "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
    );
  }
  return out;
}

/** `tensor.reshape(*shape)`: a view when the layout allows, otherwise a copy. */
export function reshape(x: Tensor, shape: Shape): Tensor {
  const target = inferShape(shape, x.numel);
  if (sameShape(target, x.shape)) return x;
  const aliased = viewAs(x, target, 'ReshapeAliasBackward0'); // PyTorch 1.13's name for a reshape that views
  if (aliased !== null) return aliased;
  const copy = clone(x);
  const oldShape = x.shape;
  return record(reshapeContiguous(copy.detach(), target), 'UnsafeViewBackward0', [copy], (g) => [reshape(g, oldShape)]);
}

export function flatten(x: Tensor, startDim = 0, endDim = -1): Tensor {
  if (x.ndim === 0) return reshape(x, [1]);
  const start = normalizeDim(startDim, x.ndim);
  const end = normalizeDim(endDim, x.ndim);
  if (start > end) throw runtimeError('flatten() has invalid args: start_dim cannot come after end_dim');
  if (start === end) return x;
  const merged = x.shape.slice(start, end + 1).reduce((n, d) => n * d, 1);
  return reshape(x, [...x.shape.slice(0, start), merged, ...x.shape.slice(end + 1)]);
}

export function clone(x: Tensor): Tensor {
  return record(unaryKernel('identity', x), 'CloneBackward0', [x], (g) => [g]);
}

/** `tensor.contiguous()`: itself when already contiguous, else a recorded copy. */
export function contiguous(x: Tensor): Tensor {
  return x.isContiguous() ? x : clone(x);
}

export function unsqueeze(x: Tensor, dim: number): Tensor {
  const d = normalizeDim(dim, x.ndim + 1);
  const shape = [...x.shape];
  const strides = [...x.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < x.ndim ? x.strides[d] * x.shape[d] : 1);
  return record(restride(x, shape, strides, x.offset), 'UnsqueezeBackward0', [x], (g) => [squeeze(g, d)]);
}

/** Removes size-1 dims: all of them, or only `dim` (a no-op when that dim is not 1). */
export function squeeze(x: Tensor, dim?: number): Tensor {
  const drop =
    dim === undefined
      ? x.shape.map((s, i) => (s === 1 ? i : -1)).filter((i) => i >= 0)
      : [normalizeDim(dim, x.ndim)].filter((i) => x.shape[i] === 1);
  const shape = x.shape.filter((_, i) => !drop.includes(i));
  const strides = x.strides.filter((_, i) => !drop.includes(i));
  const oldShape = x.shape;
  const name = dim === undefined ? 'SqueezeBackward0' : 'SqueezeBackward1';
  return record(restride(x, shape, strides, x.offset), name, [x], (g) => [reshape(g, oldShape)]);
}

export function permute(x: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== x.ndim) {
    throw runtimeError(
      `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${x.ndim} is not equal to len(dims) = ${dims.length}`,
    );
  }
  const order = dims.map((d) => normalizeDim(d, x.ndim));
  if (new Set(order).size !== order.length) throw runtimeError('permute(): duplicate dims are not allowed.');
  const inverse = new Array<number>(order.length);
  order.forEach((d, i) => (inverse[d] = i));
  return record(
    restride(
      x,
      order.map((d) => x.shape[d]),
      order.map((d) => x.strides[d]),
      x.offset,
    ),
    'PermuteBackward0',
    [x],
    (g) => [permute(g, inverse)],
  );
}

export function transpose(x: Tensor, dim0: number, dim1: number): Tensor {
  const a = normalizeDim(dim0, Math.max(x.ndim, 1));
  const b = normalizeDim(dim1, Math.max(x.ndim, 1));
  if (x.ndim === 0) return record(restride(x, [], [], x.offset), 'TransposeBackward0', [x], (g) => [g]);
  const shape = [...x.shape];
  const strides = [...x.strides];
  [shape[a], shape[b]] = [shape[b], shape[a]];
  [strides[a], strides[b]] = [strides[b], strides[a]];
  return record(restride(x, shape, strides, x.offset), 'TransposeBackward0', [x], (g) => [transpose(g, a, b)]);
}

/** `tensor.t()`: the transpose of a matrix; below 2-D a view of the same shape (still recorded, as PyTorch). */
export function t(x: Tensor): Tensor {
  if (x.ndim > 2) throw runtimeError(`t() expects a tensor with <= 2 dimensions, but self is ${x.ndim}D`);
  if (x.ndim < 2) return record(restride(x, x.shape, x.strides, x.offset), 'TBackward0', [x], (g) => [g]);
  const out = restride(x, [x.shape[1], x.shape[0]], [x.strides[1], x.strides[0]], x.offset);
  return record(out, 'TBackward0', [x], (g) => [t(g)]);
}

/** `tensor.expand(*sizes)`: broadcasts size-1 dims (and new leading dims) without copying; -1 keeps a size. */
export function expand(x: Tensor, sizes: Shape): Tensor {
  if (sizes.length < x.ndim) {
    throw runtimeError(
      `expand(${legacyTypeName(x.dtype)}{${formatShape(x.shape)}}, size=${formatShape(sizes)}): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${x.ndim})`,
    );
  }
  const lead = sizes.length - x.ndim;
  const shape: number[] = [];
  const strides: number[] = [];
  sizes.forEach((size, i) => {
    const src = i - lead;
    if (src < 0) {
      if (size < 0) throw runtimeError(`The expanded size of the tensor (${size}) isn't allowed in a leading, non-existing dimension ${i}`);
      shape.push(size);
      strides.push(0);
      return;
    }
    const have = x.shape[src];
    const want = size === -1 ? have : size;
    if (have !== want && have !== 1) {
      throw runtimeError(
        `The expanded size of the tensor (${want}) must match the existing size (${have}) at non-singleton dimension ${i}.  Target sizes: ${formatShape(sizes)}.  Tensor sizes: ${formatShape(x.shape)}`,
      );
    }
    shape.push(want);
    strides.push(have === want ? x.strides[src] : 0);
  });
  const oldShape = x.shape;
  return record(restride(x, shape, strides, x.offset), 'ExpandBackward0', [x], (g) => [sumTo(g, oldShape)]);
}

/** Sums a broadcast gradient back down to `shape` (the adjoint of broadcasting). */
export function sumTo(x: Tensor, shape: Shape): Tensor {
  if (sameShape(x.shape, shape)) return x;
  const lead = x.ndim - shape.length;
  const axes = x.shape.map((d, i) => (i < lead || (shape[i - lead] === 1 && d !== 1) ? i : -1)).filter((i) => i >= 0);
  const summed = reduceKernel('sum', x, axes, true, x.dtype);
  const out = reshapeContiguous(summed, shape);
  const fromShape = x.shape;
  return record(out, 'SumBackward1', [x], (g) => [expand(g, fromShape)]);
}

/**
 * `tensor.narrow`/slicing along one dim: elements start, start+step, ... below end (all already clamped to the
 * dim, as Python slices are).
 */
export function slice(x: Tensor, dim: number, start: number, end: number, step = 1, name = 'SliceBackward0'): Tensor {
  const d = normalizeDim(dim, x.ndim);
  if (step <= 0) throw runtimeError('slice step must be positive');
  const length = Math.max(0, Math.ceil((end - start) / step));
  const shape = [...x.shape];
  const strides = [...x.strides];
  shape[d] = length;
  strides[d] = x.strides[d] * step;
  const out = restride(x, shape, strides, x.offset + (length > 0 ? start * x.strides[d] : 0));
  const oldShape = x.shape;
  return record(out, name, [x], (g) => [scatterIntoZeros(g, oldShape, (z) => slice(z, d, start, end, step))]);
}

export function narrow(x: Tensor, dim: number, start: number, length: number): Tensor {
  const d = normalizeDim(dim, x.ndim);
  const s = start < 0 ? start + x.shape[d] : start;
  if (s < 0 || s + length > x.shape[d]) {
    throw runtimeError(`start (${start}) + length (${length}) exceeds dimension size (${x.shape[d]}).`);
  }
  return slice(x, d, s, s + length);
}

/** `tensor[i]` along `dim`: removes the dim. Negative i counts from the end. */
export function select(x: Tensor, dim: number, index: number, name = 'SelectBackward0'): Tensor {
  const d = normalizeDim(dim, x.ndim);
  const size = x.shape[d];
  if (index < -size || index >= size) {
    throw indexError(`index ${index} is out of bounds for dimension ${d} with size ${size}`);
  }
  const i = index < 0 ? index + size : index;
  const shape = x.shape.filter((_, k) => k !== d);
  const strides = x.strides.filter((_, k) => k !== d);
  const out = restride(x, shape, strides, x.offset + i * x.strides[d]);
  const oldShape = x.shape;
  return record(out, name, [x], (g) => [scatterIntoZeros(g, oldShape, (z) => select(z, d, i))]);
}

export function flip(x: Tensor, dims: readonly number[]): Tensor {
  const ds = dims.map((d) => normalizeDim(d, x.ndim));
  let offset = x.offset;
  const strides = x.strides.map((s, i) => {
    if (!ds.includes(i) || x.shape[i] === 0) return s;
    offset += (x.shape[i] - 1) * s;
    return -s;
  });
  const out = contiguousKernel(restride(x, x.shape, strides, offset));
  return record(out, 'FlipBackward0', [x], (g) => [flip(g, ds)]);
}

/** A zero tensor of `shape` whose region picked by `region` holds `g` (backward of slicing and selecting). */
export function scatterIntoZeros(g: Tensor, shape: Shape, region: (zeros: Tensor) => Tensor): Tensor {
  const zeros = fullKernel(shape, 0, g.dtype, g);
  const target = region(zeros.detach());
  zeros.backend.write(target.view, g.view);
  return zeros;
}
