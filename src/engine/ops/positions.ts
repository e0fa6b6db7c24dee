// Flat row-major positions for index-driven ops. Gather, scatter, max-with-dim and advanced indexing all reduce
// to "take the elements at these positions" (Backend.take) and its adjoint (Backend.scatterAdd).

import type { DType } from '../dtype.ts';
import { contiguousStrides, numel, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { arangeKernel, binaryKernel, broadcastView, castKernel, reshapeContiguous, scalarKernel } from './kernels.ts';

/**
 * For `index` (same ndim as `shape`), the flat position in `shape` of each element when dim `dim` takes its
 * coordinate from `index` and every other dim keeps the element's own coordinate: torch.gather's addressing.
 */
export function positionsAlong(shape: Shape, dim: number, index: Tensor): Tensor {
  const strides = contiguousStrides(shape);
  let positions = binaryKernel('mul', castKernel(index, 'int64'), scalarKernel(strides[dim], 'int64', index));
  index.shape.forEach((size, d) => {
    if (d === dim || size === 1) return;
    const coord = reshapeContiguous(
      arangeKernel(0, size, 1, 'int64', index),
      index.shape.map((_, k) => (k === d ? size : 1)),
    );
    positions = binaryKernel('add', positions, binaryKernel('mul', coord, scalarKernel(strides[d], 'int64', index)));
  });
  return positions;
}

/** out = x.flat[positions], shaped like `positions`. */
export function takeKernel(x: Tensor, positions: Tensor): Tensor {
  return Tensor.fromBuffer(x.backend.take(x.view, positions.view), positions.shape);
}

/** A zero tensor of `shape` with src[i] added at flat position positions[i] (takeKernel's adjoint). */
export function scatterAddKernel(shape: Shape, positions: Tensor, src: Tensor, dtype: DType = src.dtype): Tensor {
  const values = broadcastView(src, positions.shape);
  return Tensor.fromBuffer(src.backend.scatterAdd(numel(shape), positions.view, values.view, dtype), shape);
}
