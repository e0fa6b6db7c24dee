// Turning a strided view into the buffer offsets of its elements, in row-major (logical) order. Kernels loop
// over these offsets, so broadcasting (stride 0) and transposes cost nothing extra.

import type { StridedView } from '../backend.ts';
import type { Shape } from '../../shape.ts';

/** True when the view's elements sit one after another in row-major order. */
export function isDense(shape: Shape, strides: readonly number[]): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && strides[i] !== expected) return false;
    expected *= shape[i];
  }
  return true;
}

/** Offsets of every element of a (shape, strides, offset) walk, row-major. */
export function offsetsOf(shape: Shape, strides: readonly number[], offset: number): Int32Array {
  const total = shape.reduce((n, d) => n * d, 1);
  const out = new Int32Array(total);
  if (total === 0) return out;
  const ndim = shape.length;
  if (ndim === 0) {
    out[0] = offset;
    return out;
  }
  // An odometer over all dims but the last, with the innermost dim as a tight loop.
  const last = ndim - 1;
  const inner = shape[last];
  const innerStride = strides[last];
  const counter = new Array<number>(ndim).fill(0);
  let base = offset;
  let k = 0;
  while (k < total) {
    for (let j = 0, o = base; j < inner; j++, o += innerStride) out[k++] = o;
    let d = last - 1;
    for (; d >= 0; d--) {
      counter[d]++;
      base += strides[d];
      if (counter[d] < shape[d]) break;
      base -= strides[d] * shape[d];
      counter[d] = 0;
    }
    if (d < 0) break;
  }
  return out;
}

/** True when every dim longer than 1 has stride 0: one element, broadcast to the whole view. */
export function isRepeated(shape: Shape, strides: readonly number[]): boolean {
  for (let i = 0; i < shape.length; i++) if (shape[i] !== 1 && strides[i] !== 0) return false;
  return true;
}

/**
 * How a kernel finds a view's i-th element: `offset + i * step` when the view is dense (step 1) or one repeated
 * element (step 0, a broadcast number: no table to build for the commonest broadcast), else `table[i]`.
 */
export interface Walk {
  readonly offset: number;
  readonly step: number;
  readonly table: Int32Array | null;
}

export function walkOf(view: StridedView): Walk {
  if (isDense(view.shape, view.strides)) return { offset: view.offset, step: 1, table: null };
  if (isRepeated(view.shape, view.strides)) return { offset: view.offset, step: 0, table: null };
  return { offset: 0, step: 0, table: offsetsOf(view.shape, view.strides, view.offset) };
}

/** A view's element offsets, or null when they are simply `view.offset + i`. */
export function viewOffsets(view: StridedView): Int32Array | null {
  return isDense(view.shape, view.strides) ? null : offsetsOf(view.shape, view.strides, view.offset);
}
