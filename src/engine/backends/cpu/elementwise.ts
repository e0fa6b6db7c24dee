// Elementwise CPU kernels: unary, binary, where, and the two in-place writers (write, fill).

import { allocArray, type DType, type TypedArray } from '../../dtype.ts';
import type { BinaryOp, StridedView, UnaryOp } from '../backend.ts';
import { asCpu } from './buffer.ts';
import { BINARY, storeAs, UNARY } from './scalar-math.ts';
import { walkOf, type Walk } from './strided.ts';

const count = (view: StridedView): number => view.shape.reduce((n, d) => n * d, 1);

export function unaryKernel(op: UnaryOp, x: StridedView, outDtype: DType): TypedArray {
  const n = count(x);
  const out = allocArray(outDtype, n);
  const src = asCpu(x.buffer).data;
  const f = UNARY[op];
  const store = storeAs(outDtype);
  const { offset, step, table } = walkOf(x);
  if (table === null) for (let i = 0; i < n; i++) out[i] = store(f(src[offset + i * step]));
  else for (let i = 0; i < n; i++) out[i] = store(f(src[table[i]]));
  return out;
}

type Arithmetic = 'add' | 'sub' | 'mul' | 'div';

/**
 * The four arithmetic ops with float output as plain loops. Training spends most of its elementwise time in
 * these; a shared loop calling BINARY[op] would be a call site V8 cannot inline once it has seen many ops.
 */
function arithmeticLoop(op: Arithmetic, da: TypedArray, wa: Walk, db: TypedArray, wb: Walk, out: TypedArray): void {
  const n = out.length;
  const { offset: a0, step: as, table: ia } = wa;
  const { offset: b0, step: bs, table: ib } = wb;
  const at = (i: number): number => (ia === null ? a0 + i * as : ia[i]);
  const bt = (i: number): number => (ib === null ? b0 + i * bs : ib[i]);
  switch (op) {
    case 'add':
      for (let i = 0; i < n; i++) out[i] = da[at(i)] + db[bt(i)];
      return;
    case 'sub':
      for (let i = 0; i < n; i++) out[i] = da[at(i)] - db[bt(i)];
      return;
    case 'mul':
      for (let i = 0; i < n; i++) out[i] = da[at(i)] * db[bt(i)];
      return;
    case 'div':
      for (let i = 0; i < n; i++) out[i] = da[at(i)] / db[bt(i)];
      return;
  }
}

const at = (w: Walk, i: number): number => (w.table === null ? w.offset + i * w.step : w.table[i]);

const isArithmetic = (op: BinaryOp): op is Arithmetic => op === 'add' || op === 'sub' || op === 'mul' || op === 'div';

export function binaryKernel(op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): TypedArray {
  const n = count(a);
  const out = allocArray(outDtype, n);
  const da = asCpu(a.buffer).data;
  const db = asCpu(b.buffer).data;
  const f = BINARY[op];
  const store = storeAs(outDtype);
  const wa = walkOf(a);
  const wb = walkOf(b);
  if (isArithmetic(op) && (outDtype === 'float32' || outDtype === 'float64')) {
    arithmeticLoop(op, da, wa, db, wb, out);
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = store(f(da[at(wa, i)], db[at(wb, i)]));
  return out;
}

export function whereKernel(cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): TypedArray {
  const n = count(cond);
  const out = allocArray(outDtype, n);
  const dc = asCpu(cond.buffer).data;
  const da = asCpu(a.buffer).data;
  const db = asCpu(b.buffer).data;
  const wc = walkOf(cond);
  const wa = walkOf(a);
  const wb = walkOf(b);
  for (let i = 0; i < n; i++) out[i] = dc[at(wc, i)] !== 0 ? da[at(wa, i)] : db[at(wb, i)];
  return out;
}

export function writeKernel(dst: StridedView, src: StridedView): void {
  const n = count(dst);
  const target = asCpu(dst.buffer).data;
  const source = asCpu(src.buffer).data;
  const store = storeAs(dst.buffer.dtype);
  const ws = walkOf(src);
  // Gather first: src may overlap dst (x[1:] = x[:-1]), and Python semantics read the old values.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = source[at(ws, i)];
  const wd = walkOf(dst);
  for (let i = 0; i < n; i++) target[at(wd, i)] = store(values[i]);
}

export function fillKernel(dst: StridedView, value: number): void {
  const n = count(dst);
  const target = asCpu(dst.buffer).data;
  const v = storeAs(dst.buffer.dtype)(value);
  const wd = walkOf(dst);
  for (let i = 0; i < n; i++) target[at(wd, i)] = v;
}
