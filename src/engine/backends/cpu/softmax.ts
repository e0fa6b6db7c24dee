// softmax and log_softmax along one axis, as PyTorch computes them: each row is shifted by its maximum so exp()
// cannot overflow, even when that maximum is infinite, so a row holding +inf, or only -inf, is all NaN (inf - inf),
// as in PyTorch. Accumulated in double precision.

import { allocArray, type DType, type TypedArray } from '../../dtype.ts';
import type { StridedView } from '../backend.ts';
import { asCpu } from './buffer.ts';
import { offsetsOf } from './strided.ts';

export function softmaxKernel(x: StridedView, axis: number, log: boolean, outDtype: DType): TypedArray {
  const src = asCpu(x.buffer).data;
  const len = x.shape[axis];
  const inner = x.shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  const kept = x.shape.map((_, i) => i).filter((i) => i !== axis);
  // One offset per row (the kept dims in row-major order), and the row's elements `stride` apart.
  const rows = offsetsOf(kept.map((i) => x.shape[i]), kept.map((i) => x.strides[i]), x.offset);
  const stride = x.strides[axis];
  const out = allocArray(outDtype, rows.length * len);
  const shifted = new Float64Array(len);
  for (let o = 0; o < rows.length; o++) {
    let max = -Infinity;
    for (let r = 0; r < len; r++) {
      const v = src[rows[o] + r * stride];
      if (v > max || Number.isNaN(v)) max = v;
    }
    let total = 0;
    for (let r = 0; r < len; r++) {
      shifted[r] = src[rows[o] + r * stride] - max;
      total += Math.exp(shifted[r]);
    }
    // Output row o, element r sits at its row-major place in x's shape.
    const first = Math.floor(o / inner) * len * inner + (o % inner);
    const logTotal = Math.log(total);
    for (let r = 0; r < len; r++) out[first + r * inner] = log ? shifted[r] - logTotal : Math.exp(shifted[r]) / total;
  }
  return out;
}
