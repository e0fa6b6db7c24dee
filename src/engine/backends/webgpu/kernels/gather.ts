// Index-driven kernels: take (gather by row-major position), put (index_put_), scatterAdd (take's adjoint,
// with atomics: compare-and-swap on the float's bits, as WGSL has integer atomics only).

import type { DType } from '../../../dtype.ts';
import { numel } from '../../../shape.ts';
import type { StridedView } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { coalesce, coordinatesCode, offsetExpr, Params } from '../layout.ts';
import { storageOf, type StorageType } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, HELPERS, PARAMS, WORKGROUP } from '../wgsl/prelude.ts';
import { load, store } from '../wgsl/scalar-ops.ts';
import { fill } from './elementwise.ts';

/** Where the params of a kernel's views start: the indexed operand walked by i, and the addressed one by p. */
interface Walk {
  readonly rank: number;
  readonly shapeAt: number;
  readonly offsetAt: number;
  readonly stridesAt: number;
}

/** Writes a coalesced view (shape, offset, strides) into the params and says where each part went. */
function pushView(p: Params, shape: readonly number[], strides: readonly number[], offset: number): Walk {
  const shapeAt = p.list(shape, 'u32');
  const offsetAt = p.i32(offset);
  const stridesAt = p.list(strides, 'i32');
  return { rank: shape.length, shapeAt, offsetAt, stridesAt };
}

const walkKey = (w: Walk): string => `${w.rank}@${w.shapeAt}`;

/** WGSL: the offset of linear index `index` in a view. */
function addressOf(w: Walk, index: string, prefix: string): string {
  return `${coordinatesCode(w.rank, w.shapeAt, index, prefix)}\n  let ${prefix}_at = ${offsetExpr(w.rank, w.offsetAt, w.stridesAt, prefix)};`;
}

/** out[i] = x.flat[index[i]]. */
export function take(gpu: Gpu, x: StridedView, index: StridedView): WebGpuBuffer {
  const n = numel(index.shape);
  const out = gpu.alloc(x.buffer.dtype, n);
  if (n === 0) return out;
  const p = new Params();
  p.u32(n);
  const idx = coalesce(index.shape, [index.strides]);
  const src = coalesce(x.shape, [x.strides]);
  const iw = pushView(p, idx.shape, idx.strides[0], index.offset);
  const xw = pushView(p, src.shape, src.strides[0], x.offset);
  const storage = storageOf(x.buffer.dtype);
  const indexStorage = storageOf(index.buffer.dtype);
  const pipeline = gpu.pipeline(`take:${walkKey(iw)}:${walkKey(xw)}:${storage}:${indexStorage}`, () => `${PARAMS}${HELPERS}
@group(0) @binding(1) var<storage, read> x: array<${storage}>;
@group(0) @binding(2) var<storage, read> index: array<${indexStorage}>;
@group(0) @binding(3) var<storage, read_write> out: array<${storage}>;
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('i', 'param(0u)')}
  ${addressOf(iw, 'i', 'a')}
  let position = u32(${load(indexStorage, 'index[a_at]').expr});
  ${addressOf(xw, 'position', 'b')}
  out[i] = x[b_at];
  }
}`);
  gpu.dispatch(pipeline, p, [gpu.bind(x.buffer), gpu.bind(index.buffer), out.gpu], gpu.grid(n));
  return out;
}

/** dst.flat[index[i]] = src[i]; dst's buffer must not be bound as index or src. */
export function put(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, index: StridedView, src: StridedView): void {
  const n = numel(index.shape);
  if (n === 0) return;
  const p = new Params();
  p.u32(n);
  const both = coalesce(index.shape, [index.strides, src.strides]);
  const target = coalesce(dst.shape, [dst.strides]);
  const iw = pushView(p, both.shape, both.strides[0], index.offset);
  const sw = { ...pushView(p, [], both.strides[1], src.offset), rank: both.shape.length, shapeAt: iw.shapeAt };
  const dw = pushView(p, target.shape, target.strides[0], dst.offset);
  const out = storageOf(dstBuffer.dtype);
  const indexStorage = storageOf(index.buffer.dtype);
  const srcStorage = storageOf(src.buffer.dtype);
  const pipeline = gpu.pipeline(`put:${walkKey(iw)}:${walkKey(dw)}:${out}:${indexStorage}:${srcStorage}`, () => `${PARAMS}${HELPERS}
@group(0) @binding(1) var<storage, read> index: array<${indexStorage}>;
@group(0) @binding(2) var<storage, read> src: array<${srcStorage}>;
@group(0) @binding(3) var<storage, read_write> out: array<${out}>;
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('i', 'param(0u)')}
  ${coordinatesCode(iw.rank, iw.shapeAt, 'i', 'a')}
  let position = u32(${load(indexStorage, `index[${offsetExpr(iw.rank, iw.offsetAt, iw.stridesAt, 'a')}]`).expr});
  let value = ${load(srcStorage, `src[${offsetExpr(sw.rank, sw.offsetAt, sw.stridesAt, 'a')}]`).expr};
  ${addressOf(dw, 'position', 'b')}
  out[b_at] = ${store(out, { expr: 'value', type: srcStorage === 'f32' ? 'f32' : 'i32' })};
  }
}`);
  gpu.dispatch(pipeline, p, [gpu.bind(index.buffer), gpu.bind(src.buffer), dstBuffer.gpu], gpu.grid(n));
}

/** A buffer of `length` zeros with src[i] added at index[i]. */
export function scatterAdd(gpu: Gpu, length: number, index: StridedView, src: StridedView, outDtype: DType): WebGpuBuffer {
  const out = gpu.alloc(outDtype, length);
  if (length === 0) return out;
  fill(gpu, { buffer: out, shape: [length], strides: [1], offset: 0 }, out, 0);
  const n = numel(index.shape);
  if (n === 0) return out;
  const p = new Params();
  p.u32(n);
  const both = coalesce(index.shape, [index.strides, src.strides]);
  const iw = pushView(p, both.shape, both.strides[0], index.offset);
  const sw = { ...pushView(p, [], both.strides[1], src.offset), rank: both.shape.length, shapeAt: iw.shapeAt };
  const outStorage = storageOf(outDtype);
  const indexStorage = storageOf(index.buffer.dtype);
  const srcStorage = storageOf(src.buffer.dtype);
  const value = load(srcStorage, `src[${offsetExpr(sw.rank, sw.offsetAt, sw.stridesAt, 'a')}]`);
  const asF = value.type === 'f32' ? value.expr : `f32(${value.expr})`;
  const accumulate: Record<StorageType, string> = {
    f32: `var old = atomicLoad(&out[position]);
  loop {
    let next = bitcast<u32>(bitcast<f32>(old) + ${asF});
    let swap = atomicCompareExchangeWeak(&out[position], old, next);
    if (swap.exchanged) { break; }
    old = swap.old_value;
  }`,
    i32: `atomicAdd(&out[position], ${value.type === 'i32' ? value.expr : `i32(${value.expr})`});`,
    u32: `if (${value.type === 'f32' ? `truthy_f(${value.expr})` : `${value.expr} != 0`}) { atomicOr(&out[position], 1u); }`,
  };
  const atomicType = outStorage === 'i32' ? 'i32' : 'u32';
  const pipeline = gpu.pipeline(`scatter-add:${walkKey(iw)}:${outStorage}:${indexStorage}:${srcStorage}`, () => `${PARAMS}${HELPERS}
@group(0) @binding(1) var<storage, read> index: array<${indexStorage}>;
@group(0) @binding(2) var<storage, read> src: array<${srcStorage}>;
@group(0) @binding(3) var<storage, read_write> out: array<atomic<${atomicType}>>;
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('i', 'param(0u)')}
  ${coordinatesCode(iw.rank, iw.shapeAt, 'i', 'a')}
  let position = u32(${load(indexStorage, `index[${offsetExpr(iw.rank, iw.offsetAt, iw.stridesAt, 'a')}]`).expr});
  ${accumulate[outStorage]}
  }
}`);
  gpu.dispatch(pipeline, p, [gpu.bind(index.buffer), gpu.bind(src.buffer), out.gpu], gpu.grid(n));
  return out;
}
