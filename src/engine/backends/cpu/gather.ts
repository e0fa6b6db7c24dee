// Index-driven CPU kernels: take (gather by flat position), its adjoint scatterAdd, index checking, nonzero.

import { allocArray, type DType, type TypedArray } from '../../dtype.ts';
import { indexError } from '../../errors.ts';
import type { IndexCheck, StridedView } from '../backend.ts';
import { asCpu } from './buffer.ts';
import { storeAs } from './scalar-math.ts';
import { viewOffsets } from './strided.ts';

const count = (view: StridedView): number => view.shape.reduce((n, d) => n * d, 1);

function readAll(view: StridedView): Float64Array {
  const n = count(view);
  const src = asCpu(view.buffer).data;
  const offs = viewOffsets(view);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = src[offs === null ? view.offset + i : offs[i]];
  return out;
}

export function takeKernel(x: StridedView, index: StridedView): TypedArray {
  const positions = readAll(index);
  const src = asCpu(x.buffer).data;
  const out = allocArray(x.buffer.dtype, positions.length);
  const offs = viewOffsets(x);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    out[i] = src[offs === null ? x.offset + p : offs[p]];
  }
  return out;
}

export function scatterAddKernel(length: number, index: StridedView, src: StridedView, outDtype: DType): TypedArray {
  const positions = readAll(index);
  const values = readAll(src);
  const acc = new Float64Array(length);
  for (let i = 0; i < positions.length; i++) acc[positions[i]] += values[i];
  const out = allocArray(outDtype, length);
  const store = storeAs(outDtype);
  for (let i = 0; i < length; i++) out[i] = store(acc[i]);
  return out;
}

export function checkIndexKernel(index: StridedView, size: number, check: IndexCheck): TypedArray {
  const values = readAll(index);
  const low = check.wrapNegative ? -size : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < low || v >= size) throw indexError(check.message(v));
    if (v < 0) values[i] = v + size;
  }
  return values;
}

export function nonzeroKernel(x: StridedView): { data: Float64Array; count: number } {
  const values = readAll(x);
  const ndim = x.shape.length;
  const hits: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) hits.push(i);
  const data = new Float64Array(hits.length * ndim);
  hits.forEach((flat, h) => {
    let rest = flat;
    for (let d = ndim - 1; d >= 0; d--) {
      data[h * ndim + d] = rest % x.shape[d];
      rest = Math.floor(rest / x.shape[d]);
    }
  });
  return { data, count: hits.length };
}

export function putKernel(dst: StridedView, index: StridedView, src: StridedView): void {
  const positions = readAll(index);
  const values = readAll(src);
  const target = asCpu(dst.buffer).data;
  const store = storeAs(dst.buffer.dtype);
  const offs = viewOffsets(dst);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    target[offs === null ? dst.offset + p : offs[p]] = store(values[i]);
  }
}
