// Reductions. The view splits into kept dims (one output each) and reduced dims, each coalesced on its own.
// Many outputs, or short rows: one thread per output walks its reduced elements. Few outputs over many
// elements: the elements are cut into chunks, and either a workgroup tree reduces each chunk ('tree') or one
// thread walks each chunk ('split', no workgroup memory: on SwiftShader a barrier costs more than the loop it
// saves); a second pass merges the chunks when there are several. Which of the two runs is chosen per adapter
// by timing (../tuning.ts). Float sums carry Neumaier compensation through loops and trees, so float32
// accumulation stays close to the CPU's double-precision reference, whatever the order of the terms.

import type { DType } from '../../../dtype.ts';
import type { ArgReduceOp, ReduceOp, StridedView } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { computeOf, storageOf, type ComputeType, type StorageType } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, WORKGROUP } from '../wgsl/prelude.ts';
import { load, store } from '../wgsl/scalar-ops.ts';
import { at, kernelHead, split, writeParams, type Layout } from './rows.ts';

const TREE = 64;
const CHUNK = 4096;
/** Rows up to this long are walked by one thread each, whatever the number of outputs. */
const SERIAL_ROW = 256;
/** The split variant's chunk: long enough to pay for a thread, short enough to spread over many. */
const SPLIT_CHUNK = 128;

/**
 * How an op accumulates: the accumulator's WGSL type and start, one step folding value `v` into `acc`, how two
 * accumulators merge, and the final value (of type `result`) an accumulator stands for.
 */
interface Accumulation {
  readonly type: string;
  readonly init: string;
  readonly step: string;
  readonly merge: (a: string, b: string) => string;
  readonly value: (acc: string) => string;
  readonly result: ComputeType;
}

const plain = (result: ComputeType, init: string, step: string, merge: (a: string, b: string) => string): Accumulation => ({
  type: result,
  init,
  step,
  merge,
  value: (acc) => acc,
  result,
});

function accumulation(op: ReduceOp, input: ComputeType): Accumulation {
  const f = input === 'f32';
  const truthy = (v: string): string => (f ? `truthy_f(${v})` : `(${v} != 0)`);
  switch (op) {
    case 'sum':
      return f
        ? { type: 'vec2<f32>', init: 'vec2<f32>(0.0)', step: 'acc = nsum_add(acc, v);', merge: (a, b) => `nsum_merge(${a}, ${b})`, value: (acc) => `nsum_value(${acc})`, result: 'f32' }
        : plain('i32', '0', 'acc = acc + v;', (a, b) => `${a} + ${b}`);
    case 'prod':
      return plain(input, f ? '1.0' : '1', 'acc = acc * v;', (a, b) => `${a} * ${b}`);
    case 'max':
      return f
        ? plain('f32', '-inf_f()', 'if (v > acc || is_nan(v)) { acc = v; }', (a, b) => `select(${a}, ${b}, ${b} > ${a} || is_nan(${b}))`)
        : plain('i32', '-2147483647 - 1', 'acc = max(acc, v);', (a, b) => `max(${a}, ${b})`);
    case 'min':
      return f
        ? plain('f32', 'inf_f()', 'if (v < acc || is_nan(v)) { acc = v; }', (a, b) => `select(${a}, ${b}, ${b} < ${a} || is_nan(${b}))`)
        : plain('i32', '2147483647', 'acc = min(acc, v);', (a, b) => `min(${a}, ${b})`);
    case 'any':
      return plain('i32', '0', `if (${truthy('v')}) { acc = 1; }`, (a, b) => `max(${a}, ${b})`);
    case 'all':
      return plain('i32', '1', `if (!${truthy('v')}) { acc = 0; }`, (a, b) => `min(${a}, ${b})`);
  }
}

function serialSource(acc: Accumulation, input: StorageType, output: StorageType, layout: Layout, stopOnNaN: boolean): string {
  return `${kernelHead(input, output, layout)}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('o', 'param(0u)')}
  let base = base_of(o);
  var acc: ${acc.type} = ${acc.init};
  for (var r = 0u; r < param(1u); r = r + 1u) {
    let v = ${load(input, 'x[elem(base, r)]').expr};
    ${acc.step}
    ${stopOnNaN ? 'if (is_nan(acc)) { break; }' : ''}
  }
  out[o] = ${store(output, { expr: acc.value('acc'), type: acc.result })};
  }
}`;
}

function treeSource(acc: Accumulation, input: StorageType, output: StorageType, layout: Layout): string {
  const a = at(layout);
  return `${kernelHead(input, output, layout)}
var<workgroup> partial: array<${acc.type}, ${TREE}>;
@compute @workgroup_size(${TREE})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32, @builtin(num_workgroups) nwg: vec3<u32>) {
  let chunk = wid.x;
  let o = wid.y;
  let base = base_of(o);
  let len = param(${a.extra}u);
  let end = min(param(1u), (chunk + 1u) * len);
  var acc: ${acc.type} = ${acc.init};
  for (var r = chunk * len + t; r < end; r = r + ${TREE}u) {
    let v = ${load(input, 'x[elem(base, r)]').expr};
    ${acc.step}
  }
  partial[t] = acc;
  workgroupBarrier();
  for (var s = ${TREE / 2}u; s > 0u; s = s >> 1u) {
    if (t < s) { partial[t] = ${acc.merge('partial[t]', 'partial[t + s]')}; }
    workgroupBarrier();
  }
  if (t == 0u) { out[o * nwg.x + chunk] = ${store(output, { expr: acc.value('partial[0]'), type: acc.result })}; }
}`;
}

function splitSource(acc: Accumulation, input: StorageType, output: StorageType, layout: Layout): string {
  const a = at(layout);
  return `${kernelHead(input, output, layout)}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  let len = param(${a.extra}u);
  let chunks = (param(1u) + len - 1u) / len;
  ${gridLoop('item', 'param(0u) * chunks')}
  let o = item / chunks;
  let chunk = item % chunks;
  let base = base_of(o);
  let end = min(param(1u), (chunk + 1u) * len);
  var acc: ${acc.type} = ${acc.init};
  for (var r = chunk * len; r < end; r = r + 1u) {
    let v = ${load(input, 'x[elem(base, r)]').expr};
    ${acc.step}
  }
  out[item] = ${store(output, { expr: acc.value('acc'), type: acc.result })};
  }
}`;
}

export function reduce(gpu: Gpu, op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): WebGpuBuffer {
  const s = split(x, axes);
  const input = storageOf(x.buffer.dtype);
  const acc = accumulation(op, computeOf(x.buffer.dtype));
  const layout = { keptRank: s.keptShape.length, redRank: s.redShape.length };
  const source = gpu.bind(x.buffer);
  const out = gpu.alloc(outDtype, s.outputs);
  if (s.outputs === 0) return out;
  const shapeKey = `${layout.keptRank}.${layout.redRank}:${input}>`;
  if (s.outputs >= 256 || s.reduced <= SERIAL_ROW) {
    const stop = op === 'max' || op === 'min';
    const pipeline = gpu.pipeline(`reduce.serial:${op}:${shapeKey}${storageOf(outDtype)}`, () =>
      serialSource(acc, input, storageOf(outDtype), layout, stop && acc.result === 'f32'),
    );
    gpu.dispatch(pipeline, writeParams(s, x.offset, 0), [source, out.gpu], gpu.grid(s.outputs));
    return out;
  }
  const tree = gpu.reduceVariant === 'tree';
  const chunk = Math.ceil(s.reduced / Math.min(256, Math.ceil(s.reduced / (tree ? CHUNK : SPLIT_CHUNK))));
  // As the kernels count them: at most 256, every one non-empty.
  const chunks = Math.ceil(s.reduced / chunk);
  // One chunk writes the result directly; several write partial results that a second reduction merges.
  const partialDtype: DType = acc.result === 'f32' ? 'float32' : 'int64';
  const target = chunks === 1 ? out : gpu.alloc(partialDtype, s.outputs * chunks);
  const params = writeParams(s, x.offset, chunk);
  if (tree) {
    const pipeline = gpu.pipeline(`reduce.tree:${op}:${shapeKey}${storageOf(target.dtype)}`, () => treeSource(acc, input, storageOf(target.dtype), layout));
    gpu.dispatch(pipeline, params, [source, target.gpu], [chunks, s.outputs, 1]);
  } else {
    const pipeline = gpu.pipeline(`reduce.split:${op}:${shapeKey}${storageOf(target.dtype)}`, () => splitSource(acc, input, storageOf(target.dtype), layout));
    gpu.dispatch(pipeline, params, [source, target.gpu], gpu.grid(s.outputs * chunks));
  }
  if (chunks === 1) return out;
  gpu.discard(out);
  const merged = reduce(gpu, op, { buffer: target, shape: [s.outputs, chunks], strides: [chunks, 1], offset: 0 }, [1], outDtype);
  gpu.discard(target);
  return merged;
}

function argSource(op: ArgReduceOp, input: StorageType, layout: Layout): string {
  const better = op === 'argmax' ? '>' : '<';
  const f = input === 'f32';
  return `${kernelHead(input, 'i32', layout)}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('o', 'param(0u)')}
  let base = base_of(o);
  var best = ${load(input, 'x[elem(base, 0u)]').expr};
  var found = 0u;
  for (var r = 1u; r < param(1u); r = r + 1u) {
    ${f ? 'if (is_nan(best)) { break; }' : ''}
    let v = ${load(input, 'x[elem(base, r)]').expr};
    if (v ${better} best${f ? ' || is_nan(v)' : ''}) { best = v; found = r; }
  }
  out[o] = i32(found);
  }
}`;
}

/** Index of the first maximum (minimum) along `axis`; NaN counts as the extreme, as in PyTorch. */
export function argReduce(gpu: Gpu, op: ArgReduceOp, x: StridedView, axis: number): WebGpuBuffer {
  const s = split(x, [axis]);
  const input = storageOf(x.buffer.dtype);
  const layout = { keptRank: s.keptShape.length, redRank: s.redShape.length };
  const source = gpu.bind(x.buffer);
  const out = gpu.alloc('int64', s.outputs);
  if (s.outputs === 0 || s.reduced === 0) return out;
  const pipeline = gpu.pipeline(`argreduce:${op}:${layout.keptRank}.${layout.redRank}:${input}`, () => argSource(op, input, layout));
  gpu.dispatch(pipeline, writeParams(s, x.offset, 0), [source, out.gpu], gpu.grid(s.outputs));
  return out;
}
