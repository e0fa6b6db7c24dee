// One kernel shape for every elementwise primitive: unary, binary, where, write (strided copy with dtype
// conversion), fill and index wrapping. All views share the output's shape (broadcast inputs have stride 0);
// each thread computes one element.

import type { DType } from '../../../dtype.ts';
import { contiguousStrides, numel, type Shape } from '../../../shape.ts';
import type { BinaryOp, StridedView, UnaryOp } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { coalesce, coordinatesCode, isDenseRun, offsetExpr, Params } from '../layout.ts';
import { storageOf, type StorageType } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, HELPERS, PARAMS, WORKGROUP } from '../wgsl/prelude.ts';
import { binaryExpr, load, selectExpr, store, unaryExpr, type Typed } from '../wgsl/scalar-ops.ts';

/** What an elementwise kernel computes from its loaded inputs; `extra(k)` is the k-th extra param word. */
interface Formula {
  readonly name: string;
  readonly extras: number;
  readonly compute: (inputs: readonly Typed[], extra: (k: number) => string) => Typed;
}

interface Operand {
  readonly gpu: GPUBuffer;
  readonly storage: StorageType;
  readonly offset: number;
}

function source(formula: Formula, rank: number, inputs: readonly { storage: StorageType; dense: boolean }[], output: { storage: StorageType; dense: boolean }): string {
  // Params: n, shape[rank], then per view (inputs, then the output) offset and strides[rank], then extras.
  const shapeAt = 1;
  const viewAt = (v: number): number => 1 + rank + v * (rank + 1);
  const extraAt = viewAt(inputs.length + 1);
  const needsCoords = [...inputs, output].some((v) => !v.dense);
  const offset = (v: number, dense: boolean): string =>
    dense ? `u32(param_i(${viewAt(v)}u)) + i` : offsetExpr(rank, viewAt(v), viewAt(v) + 1);
  const bindings = inputs.map((v, k) => `@group(0) @binding(${k + 1}) var<storage, read> in${k}: array<${v.storage}>;`);
  bindings.push(`@group(0) @binding(${inputs.length + 1}) var<storage, read_write> out: array<${output.storage}>;`);
  const loads = inputs.map((v, k) => `let v${k} = in${k}[${offset(k, v.dense)}];`);
  const typed = inputs.map((v, k) => load(v.storage, `v${k}`));
  const result = formula.compute(typed, (k) => `${extraAt + k}u`);
  return `${PARAMS}${HELPERS}
${bindings.join('\n')}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('i', 'param(0u)')}
  ${needsCoords ? coordinatesCode(rank, shapeAt, 'i') : ''}
  ${loads.join('\n  ')}
  out[${offset(inputs.length, output.dense)}] = ${store(output.storage, result)};
  }
}`;
}

/**
 * Runs `formula` over `shape`: inputs are read through their views; the output is either `out` written
 * contiguously, or the strided view `outView` of `out` (in-place writes).
 */
function run(gpu: Gpu, formula: Formula, shape: Shape, inputs: readonly StridedView[], out: WebGpuBuffer, outView: StridedView | null, extras: readonly ((p: Params) => void)[]): void {
  const n = numel(shape);
  if (n === 0) return;
  const outStrides = outView?.strides ?? contiguousStrides(shape);
  const { shape: dims, strides } = coalesce(shape, [...inputs.map((v) => v.strides), outStrides]);
  const rank = dims.length;
  const operands: Operand[] = inputs.map((v) => ({ gpu: gpu.bind(v.buffer), storage: storageOf(v.buffer.dtype), offset: v.offset }));
  const views = operands.map((o, k) => ({ storage: o.storage, dense: isDenseRun(strides[k]) }));
  const output = { storage: storageOf(out.dtype), dense: isDenseRun(strides[inputs.length]) };
  const key = `ew:${formula.name}:${rank}:${views.map((v) => v.storage + (v.dense ? 'd' : 's')).join(',')}>${output.storage}${output.dense ? 'd' : 's'}`;
  const pipeline = gpu.pipeline(key, () => source(formula, rank, views, output));
  const params = new Params();
  params.u32(n);
  params.list(dims, 'u32');
  operands.forEach((o, k) => {
    params.i32(o.offset);
    params.list(strides[k], 'i32');
  });
  params.i32(outView?.offset ?? 0);
  params.list(strides[inputs.length], 'i32');
  for (const write of extras) write(params);
  gpu.dispatch(pipeline, params, [...operands.map((o) => o.gpu), out.gpu], gpu.grid(n));
}

const formulas = new Map<string, Formula>();
function formula(name: string, extras: number, compute: Formula['compute']): Formula {
  let f = formulas.get(name);
  if (f === undefined) {
    f = { name, extras, compute };
    formulas.set(name, f);
  }
  return f;
}

export function unary(gpu: Gpu, op: UnaryOp, x: StridedView, outDtype: DType): WebGpuBuffer {
  const out = gpu.alloc(outDtype, numel(x.shape));
  run(gpu, formula(`u.${op}`, 0, ([v]) => unaryExpr(op, v)), x.shape, [x], out, null, []);
  return out;
}

export function binary(gpu: Gpu, op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  const out = gpu.alloc(outDtype, numel(a.shape));
  run(gpu, formula(`b.${op}`, 0, ([x, y]) => binaryExpr(op, x, y)), a.shape, [a, b], out, null, []);
  return out;
}

export function where(gpu: Gpu, cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  const out = gpu.alloc(outDtype, numel(cond.shape));
  run(gpu, formula('where', 0, ([c, x, y]) => selectExpr(c, x, y)), cond.shape, [cond, a, b], out, null, []);
  return out;
}

/** dst ← src elementwise, converting dtypes; dst is a strided view of a WebGPU buffer not bound as src. */
export function write(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, src: StridedView): void {
  run(gpu, formula('copy', 0, ([v]) => v), dst.shape, [src], dstBuffer, dst, []);
}

export function fill(gpu: Gpu, dst: StridedView, dstBuffer: WebGpuBuffer, value: number): void {
  const storage = storageOf(dstBuffer.dtype);
  const read = { f32: 'param_f', i32: 'param_i', u32: 'param' }[storage];
  const f = formula(`fill.${storage}`, 1, (_, extra) => load(storage, `${read}(${extra(0)})`));
  const word = (p: Params): void => {
    if (storage === 'f32') p.f32(value);
    else if (storage === 'i32') p.i32(Math.trunc(value));
    else p.u32(value !== 0 ? 1 : 0);
  };
  run(gpu, f, dst.shape, [], dstBuffer, dst, [word]);
}

/** Index values wrapped (negatives count from the end, when `wrapNegative`) and clamped into [0, size). */
export function wrapIndex(gpu: Gpu, index: StridedView, size: number, wrapNegative: boolean): WebGpuBuffer {
  const out = gpu.alloc('int64', numel(index.shape));
  const f = formula('wrap-index', 2, ([v], extra) => {
    const x = v.type === 'i32' ? v.expr : `i32(${v.expr})`;
    const wrapped = `select(${x}, ${x} + param_i(${extra(0)}), param(${extra(1)}) == 1u && ${x} < 0)`;
    return { expr: `clamp(${wrapped}, 0, max(param_i(${extra(0)}) - 1, 0))`, type: 'i32' };
  });
  run(gpu, f, index.shape, [index], out, null, [(p) => p.i32(size), (p) => p.u32(wrapNegative ? 1 : 0)]);
  return out;
}
