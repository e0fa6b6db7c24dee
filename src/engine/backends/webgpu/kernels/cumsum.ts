// Inclusive prefix sums along one axis: a thread per line walks it in order (compensated for floats),
// writing a contiguous output.

import type { DType } from '../../../dtype.ts';
import { numel } from '../../../shape.ts';
import type { StridedView } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu } from '../gpu.ts';
import { coalesce, coordinatesCode, offsetExpr, Params } from '../layout.ts';
import { storageOf, type StorageType } from '../storage.ts';
import { ENTRY_ARGS, gridLoop, HELPERS, PARAMS, WORKGROUP } from '../wgsl/prelude.ts';
import { load, store } from '../wgsl/scalar-ops.ts';

// Params: lines, length along the axis, elements after the axis (output step), input offset, axis stride,
// then the other dims' shape and strides.
function source(input: StorageType, output: StorageType, rank: number): string {
  const float = input === 'f32';
  const step = float ? 'acc = nsum_add(acc, v);' : 'acc = acc + v;';
  return `${PARAMS}${HELPERS}
@group(0) @binding(1) var<storage, read> x: array<${input}>;
@group(0) @binding(2) var<storage, read_write> out: array<${output}>;
@compute @workgroup_size(${WORKGROUP})
fn main(${ENTRY_ARGS}) {
  ${gridLoop('line', 'param(0u)')}
  ${coordinatesCode(rank, 5, 'line')}
  var src = i32(${offsetExpr(rank, 3, 5 + rank)});
  let inner = param(2u);
  var dst = (line / inner) * param(1u) * inner + line % inner;
  var acc = ${float ? 'vec2<f32>(0.0)' : '0'};
  for (var j = 0u; j < param(1u); j = j + 1u) {
    let v = ${load(input, 'x[u32(src)]').expr};
    ${step}
    out[dst] = ${store(output, float ? { expr: 'nsum_value(acc)', type: 'f32' } : { expr: 'acc', type: 'i32' })};
    src = src + param_i(4u);
    dst = dst + inner;
  }
  }
}`;
}

export function cumsum(gpu: Gpu, x: StridedView, axis: number, outDtype: DType): WebGpuBuffer {
  const n = numel(x.shape);
  const out = gpu.alloc(outDtype, n);
  const length = x.shape[axis];
  if (n === 0) return out;
  const others = x.shape.map((_, i) => i).filter((i) => i !== axis);
  const lines = coalesce(others.map((i) => x.shape[i]), [others.map((i) => x.strides[i])]);
  const rank = lines.shape.length;
  const input = storageOf(x.buffer.dtype);
  const output = storageOf(outDtype);
  const pipeline = gpu.pipeline(`cumsum:${rank}:${input}>${output}`, () => source(input, output, rank));
  const p = new Params();
  p.u32(n / length);
  p.u32(length);
  p.u32(numel(x.shape.slice(axis + 1)));
  p.i32(x.offset);
  p.i32(x.strides[axis]);
  p.list(lines.shape, 'u32');
  p.list(lines.strides[0], 'i32');
  gpu.dispatch(pipeline, p, [gpu.bind(x.buffer), out.gpu], gpu.grid(n / length));
  return out;
}
