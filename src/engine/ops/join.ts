// Joining and splitting along a dim: cat, stack, split, chunk, unbind.

import { record } from '../autograd/record.ts';
import { runtimeError } from '../errors.ts';
import { formatShape, normalizeDim } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { castKernel, fullKernel } from './kernels.ts';
import { promotedType } from './scalar.ts';
import { select, slice, unsqueeze } from './views.ts';

export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw runtimeError('torch.cat(): expected a non-empty list of Tensors');
  // 1-D empty tensors are skipped by cat, a legacy rule PyTorch keeps.
  const parts = tensors.filter((t) => !(t.ndim === 1 && t.shape[0] === 0));
  if (parts.length === 0) return tensors[0];
  const first = parts[0];
  if (first.ndim === 0) throw runtimeError(`zero-dimensional tensor (at position 0) cannot be concatenated`);
  const d = normalizeDim(dim, first.ndim);
  parts.forEach((t, i) => {
    if (t.ndim !== first.ndim) {
      throw runtimeError(`Tensors must have same number of dimensions: got ${first.ndim} and ${t.ndim}`);
    }
    t.shape.forEach((size, k) => {
      if (k !== d && size !== first.shape[k]) {
        throw runtimeError(
          `Sizes of tensors must match except in dimension ${d}. Expected size ${first.shape[k]} but got size ${size} for tensor number ${i} in the list.`,
        );
      }
    });
  });
  const dtype = promotedType(...parts);
  const shape = [...first.shape];
  shape[d] = parts.reduce((n, t) => n + t.shape[d], 0);
  const out = fullKernel(shape, 0, dtype, first);
  const bounds: [number, number][] = [];
  let at = 0;
  for (const t of parts) {
    const region = slice(out.detach(), d, at, at + t.shape[d]);
    out.backend.write(region.view, castKernel(t, dtype).view);
    bounds.push([at, at + t.shape[d]]);
    at += t.shape[d];
  }
  return record(out, 'CatBackward0', parts, (g) => bounds.map(([s, e]) => slice(g, d, s, e)));
}

export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw runtimeError('stack expects a non-empty TensorList');
  const first = tensors[0];
  tensors.forEach((t, i) => {
    if (t.ndim !== first.ndim || t.shape.some((s, k) => s !== first.shape[k])) {
      throw runtimeError(
        `stack expects each tensor to be equal size, but got ${formatShape(first.shape)} at entry 0 and ${formatShape(t.shape)} at entry ${i}`,
      );
    }
  });
  const d = normalizeDim(dim, first.ndim + 1);
  const joined = cat(tensors.map((t) => unsqueeze(t.detach(), d)), d);
  return record(joined.detach(), 'StackBackward0', tensors, (g) => tensors.map((_, i) => select(g, d, i)));
}

/** `torch.split(x, size)` (pieces of `size`, the last maybe shorter) or `torch.split(x, [sizes])`. */
export function split(x: Tensor, sizes: number | readonly number[], dim = 0): Tensor[] {
  const d = normalizeDim(dim, x.ndim);
  const total = x.shape[d];
  let lengths: number[];
  if (typeof sizes === 'number') {
    if (sizes <= 0 && total > 0) throw runtimeError(`split_size can only be 0 if dimension size is 0, but got dimension size of ${total}`);
    lengths = [];
    for (let at = 0; at < total; at += sizes) lengths.push(Math.min(sizes, total - at));
    if (lengths.length === 0) lengths.push(0);
  } else {
    const sum = sizes.reduce((a, b) => a + b, 0);
    if (sum !== total) {
      throw runtimeError(
        `split_with_sizes expects split_sizes to sum exactly to ${total} (input tensor's size at dimension ${d}), but got split_sizes=${formatShape(sizes)}`,
      );
    }
    lengths = [...sizes];
  }
  const name = typeof sizes === 'number' ? 'SplitBackward0' : 'SplitWithSizesBackward0';
  let at = 0;
  return lengths.map((len) => {
    const piece = slice(x, d, at, at + len, 1, name);
    at += len;
    return piece;
  });
}

/** `torch.chunk`: `chunks` pieces of ceil(size / chunks) each (fewer if the dim runs out). */
export function chunk(x: Tensor, chunks: number, dim = 0): Tensor[] {
  if (chunks <= 0) throw runtimeError('chunk expects `chunks` to be greater than 0, got: ' + chunks);
  const d = normalizeDim(dim, x.ndim);
  const size = Math.ceil(x.shape[d] / chunks);
  return split(x, Math.max(size, 1), d);
}

export function unbind(x: Tensor, dim = 0): Tensor[] {
  const d = normalizeDim(dim, x.ndim);
  return Array.from({ length: x.shape[d] }, (_, i) => select(x, d, i, 'UnbindBackward0'));
}
