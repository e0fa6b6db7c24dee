// Reduction CPU kernels. A reduction splits the view into kept axes (one output each) and reduced axes (walked
// for every output), each with its own offset table; accumulation is in double precision.

import { allocArray, type DType, type TypedArray } from '../../dtype.ts';
import type { ArgReduceOp, ReduceOp, StridedView } from '../backend.ts';
import { asCpu } from './buffer.ts';
import { storeAs } from './scalar-math.ts';
import { isDense, offsetsOf } from './strided.ts';

interface Split {
  outer: Int32Array; // one offset per output element
  inner: Int32Array; // one offset per reduced element, relative
}

function split(x: StridedView, axes: readonly number[]): Split {
  const kept = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  return {
    outer: offsetsOf(
      kept.map((i) => x.shape[i]),
      kept.map((i) => x.strides[i]),
      x.offset,
    ),
    inner: offsetsOf(
      axes.map((i) => x.shape[i]),
      axes.map((i) => x.strides[i]),
      0,
    ),
  };
}

const START: Record<ReduceOp, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity, any: 0, all: 1 };

const STEP: Record<ReduceOp, (acc: number, v: number) => number> = {
  sum: (acc, v) => acc + v,
  prod: (acc, v) => acc * v,
  // NaN wins, as in torch.max/min.
  max: (acc, v) => (v > acc || Number.isNaN(v) ? v : acc),
  min: (acc, v) => (v < acc || Number.isNaN(v) ? v : acc),
  any: (acc, v) => (acc !== 0 || v !== 0 ? 1 : 0),
  all: (acc, v) => (acc !== 0 && v !== 0 ? 1 : 0),
};

export function reduceKernel(op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): TypedArray {
  const src = asCpu(x.buffer).data;
  const store = storeAs(outDtype);
  const rows = denseRows(x, axes);
  if (op === 'sum' && rows !== null) {
    // The commonest reduction (losses, means, bias gradients) as a plain loop over dense rows, no offset tables.
    const out = allocArray(outDtype, rows.count);
    for (let o = 0, base = x.offset; o < rows.count; o++, base += rows.length) {
      let acc = 0;
      for (let r = 0; r < rows.length; r++) acc += src[base + r];
      out[o] = store(acc);
    }
    return out;
  }
  const { outer, inner } = split(x, axes);
  const out = allocArray(outDtype, outer.length);
  const step = STEP[op];
  const start = START[op];
  const stopsAtNaN = op === 'max' || op === 'min';
  for (let o = 0; o < outer.length; o++) {
    const base = outer[o];
    let acc = start;
    for (let r = 0; r < inner.length; r++) {
      acc = step(acc, src[base + inner[r]]);
      if (stopsAtNaN && Number.isNaN(acc)) break;
    }
    out[o] = store(acc);
  }
  return out;
}

/** When the view is dense and `axes` (sorted) are its last dims, the reduction is over consecutive rows. */
function denseRows(x: StridedView, axes: readonly number[]): { count: number; length: number } | null {
  const ndim = x.shape.length;
  if (!isDense(x.shape, x.strides)) return null;
  for (let k = 0; k < axes.length; k++) if (axes[k] !== ndim - axes.length + k) return null;
  let length = 1;
  let count = 1;
  for (let i = 0; i < ndim; i++) {
    if (i < ndim - axes.length) count *= x.shape[i];
    else length *= x.shape[i];
  }
  return { count, length };
}

export function argReduceKernel(op: ArgReduceOp, x: StridedView, axis: number): TypedArray {
  const { outer, inner } = split(x, [axis]);
  const src = asCpu(x.buffer).data;
  const out = new Float64Array(outer.length);
  const better = op === 'argmax' ? (v: number, best: number) => v > best : (v: number, best: number) => v < best;
  for (let o = 0; o < outer.length; o++) {
    const base = outer[o];
    let best = src[base + inner[0]];
    let at = 0;
    for (let r = 1; r < inner.length && !Number.isNaN(best); r++) {
      const v = src[base + inner[r]];
      if (better(v, best) || Number.isNaN(v)) {
        best = v;
        at = r;
      }
    }
    out[o] = at;
  }
  return out;
}

export function cumsumKernel(x: StridedView, axis: number, outDtype: DType): TypedArray {
  // Walk the output in row-major order; each element adds the running total of its line along `axis`.
  const n = x.shape.reduce((a, d) => a * d, 1);
  const offs = offsetsOf(x.shape, x.strides, x.offset);
  const src = asCpu(x.buffer).data;
  const out = allocArray(outDtype, n);
  const store = storeAs(outDtype);
  const inner = x.shape.slice(axis + 1).reduce((a, d) => a * d, 1);
  const len = x.shape[axis];
  const running = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const along = Math.floor(i / inner) % len;
    running[i] = along === 0 ? src[offs[i]] : running[i - inner] + src[offs[i]];
    out[i] = store(running[i]);
  }
  return out;
}
