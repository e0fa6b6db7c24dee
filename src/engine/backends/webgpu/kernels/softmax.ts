// softmax and log_softmax along one axis in one kernel (the composition from max, exp, sum and div took six).
// Each row is read three times: its maximum, the sum of exp(x - max) (Neumaier-compensated, as float sums are
// in ./reduce.ts), then the outputs. Rows are shifted by their maximum even when it is infinite, so a row
// holding +inf, or only -inf, is all NaN, as in PyTorch. Short rows (ten classes) take one thread each, a plain
// loop with no barriers; long rows take a workgroup each, reducing through workgroup memory, where the adapter
// runs trees well or there are too few rows to keep it busy.

import type { DType } from '../../../dtype.ts';
import { numel } from '../../../shape.ts';
import type { StridedView } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { storageOf } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, WORKGROUP } from '../wgsl/prelude.ts';
import { load } from '../wgsl/scalar-ops.ts';
import { at, kernelHead, split, writeParams, type Layout } from './rows.ts';

/** Rows up to this long take a thread each. */
const SERIAL_ROW = 256;
/** Fewer rows than this leave most of an adapter idle at a thread each. */
const FEW_ROWS = 64;
const TREE = 64;

// WGSL shared by both shapes: the kernel head, where row o's outputs go (contiguous in x's shape: element r of the row is
// `inner` apart), and the output value from a shifted element `z` and the row's sum of exponentials.
function rowHelpers(layout: Layout, log: boolean): string {
  const inner = `param(${at(layout).extra}u)`;
  return `${kernelHead('f32', 'f32', layout)}
fn first_out(o: u32) -> u32 { return (o / ${inner}) * param(1u) * ${inner} + o % ${inner}; }
fn out_step() -> u32 { return ${inner}; }
// Spelled out rather than left to exp(): shader compilers may clamp its argument, turning NaN or -inf finite.
// A row whose maximum is not finite (it holds NaN or +inf, or only -inf) is NaN throughout.
fn exp_shifted(z: f32) -> f32 { return select(exp(z), 0.0, z == -inf_f()); }
fn row_is_nan(m: f32) -> bool { return is_nan(m) || abs(m) == inf_f(); }
fn result(z: f32, total: f32, m: f32) -> f32 {
  return select(${log ? 'z - log(total)' : 'exp_shifted(z) / total'}, nan_f(), row_is_nan(m));
}`;
}

function serialSource(layout: Layout, log: boolean): string {
  const x = (r: string): string => load('f32', `x[elem(base, ${r})]`).expr;
  return `${rowHelpers(layout, log)}
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('o', 'param(0u)')}
  let base = base_of(o);
  let len = param(1u);
  var m = -inf_f();
  for (var r = 0u; r < len; r = r + 1u) {
    let v = ${x('r')};
    if (v > m || is_nan(v)) { m = v; }
  }
  let shift = m;
  var s = vec2<f32>(0.0);
  for (var r = 0u; r < len; r = r + 1u) { s = nsum_add(s, exp_shifted(${x('r')} - shift)); }
  let total = nsum_value(s);
  let first = first_out(o);
  for (var r = 0u; r < len; r = r + 1u) { out[first + r * out_step()] = result(${x('r')} - shift, total, shift); }
  }
}`;
}

function treeSource(layout: Layout, log: boolean): string {
  const x = (r: string): string => load('f32', `x[elem(base, ${r})]`).expr;
  const halves = (merge: string): string => `for (var h = ${TREE / 2}u; h > 0u; h = h >> 1u) {
      if (t < h) { ${merge} }
      workgroupBarrier();
    }`;
  return `${rowHelpers(layout, log)}
var<workgroup> maxima: array<f32, ${TREE}>;
var<workgroup> sums: array<vec2<f32>, ${TREE}>;
@compute @workgroup_size(${TREE})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32, @builtin(num_workgroups) nwg: vec3<u32>) {
  let len = param(1u);
  for (var o = wid.x; o < param(0u); o = o + nwg.x) {
    let base = base_of(o);
    var m = -inf_f();
    for (var r = t; r < len; r = r + ${TREE}u) {
      let v = ${x('r')};
      if (v > m || is_nan(v)) { m = v; }
    }
    maxima[t] = m;
    workgroupBarrier();
    ${halves('maxima[t] = select(maxima[t], maxima[t + h], maxima[t + h] > maxima[t] || is_nan(maxima[t + h]));')}
    let shift = maxima[0];
    var s = vec2<f32>(0.0);
    for (var r = t; r < len; r = r + ${TREE}u) { s = nsum_add(s, exp_shifted(${x('r')} - shift)); }
    sums[t] = s;
    workgroupBarrier();
    ${halves('sums[t] = nsum_merge(sums[t], sums[t + h]);')}
    let total = nsum_value(sums[0]);
    let first = first_out(o);
    for (var r = t; r < len; r = r + ${TREE}u) { out[first + r * out_step()] = result(${x('r')} - shift, total, shift); }
    // The next row reuses workgroup memory only once every thread has read this row's results.
    workgroupBarrier();
  }
}`;
}

const MAX_GROUPS = 65535;

/** softmax (log_softmax when `log`) of float x along `axis`, into a contiguous buffer of x's shape. */
export function softmax(gpu: Gpu, x: StridedView, axis: number, log: boolean, outDtype: DType): WebGpuBuffer {
  if (storageOf(x.buffer.dtype) !== 'f32' || storageOf(outDtype) !== 'f32') throw new Error('softmax takes floating tensors');
  const s = split(x, [axis]);
  const layout = { keptRank: s.keptShape.length, redRank: s.redShape.length };
  const source = gpu.bind(x.buffer);
  const out = gpu.alloc(outDtype, numel(x.shape));
  if (numel(x.shape) === 0) return out;
  const inner = numel(x.shape.slice(axis + 1));
  const params = writeParams(s, x.offset, inner);
  const kind = log ? 'log' : 'exp';
  const tree = s.reduced > SERIAL_ROW && (gpu.reduceVariant === 'tree' || s.outputs < FEW_ROWS);
  if (tree) {
    const pipeline = gpu.pipeline(`softmax.tree:${kind}:${layout.keptRank}.${layout.redRank}`, () => treeSource(layout, log));
    gpu.dispatch(pipeline, params, [source, out.gpu], [Math.min(s.outputs, MAX_GROUPS), 1, 1]);
  } else {
    const pipeline = gpu.pipeline(`softmax.serial:${kind}:${layout.keptRank}.${layout.redRank}`, () => serialSource(layout, log));
    gpu.dispatch(pipeline, params, [source, out.gpu], gpu.grid(s.outputs));
  }
  return out;
}
