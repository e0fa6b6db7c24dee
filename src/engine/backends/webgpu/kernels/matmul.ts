// Batched matrix products, (B, M, K) @ (B, K, N) -> (B, M, N), in three variants; ../matmul-tuning.ts times
// them on the adapter and the backend keeps the fastest (docs/ARCHITECTURE.md, "WebGPU backend").
//
// - blocked: each thread accumulates a 4x4 block of the output in registers, reading any strides. No
//   workgroup memory, so no barriers: the fast kind on SwiftShader, where a barrier is expensive.
// - blocked-vec4: the same with vec4 loads, for row-major operands whose K and N are multiples of 4.
// - tiled: the classic shape, 32x32 output tiles staged through workgroup memory by 8x8 threads, each thread
//   again computing 4x4; the fast kind on real GPUs.

import type { DType } from '../../../dtype.ts';
import type { StridedView } from '../../backend.ts';
import type { WebGpuBuffer } from '../buffer.ts';
import type { Gpu, MatmulVariant } from '../gpu.ts';
import { Params } from '../layout.ts';
import { computeOf, storageOf, type StorageType } from '../storage.ts';
import { HELPERS, PARAMS } from '../wgsl/prelude.ts';
import { load, store } from '../wgsl/scalar-ops.ts';

// Params: M, N, K, then a's offset and batch/row/k strides, then b's offset and batch/k/col strides.
const HEADER = `${PARAMS}${HELPERS}
fn dim_m() -> u32 { return param(0u); }
fn dim_n() -> u32 { return param(1u); }
fn dim_k() -> u32 { return param(2u); }
fn a_at(batch: u32, row: u32, k: u32) -> u32 {
  return u32(param_i(3u) + i32(batch) * param_i(4u) + i32(row) * param_i(5u) + i32(k) * param_i(6u));
}
fn b_at(batch: u32, k: u32, col: u32) -> u32 {
  return u32(param_i(7u) + i32(batch) * param_i(8u) + i32(k) * param_i(9u) + i32(col) * param_i(10u));
}
`;

function blockedSource(input: StorageType, output: StorageType): string {
  const t = input === 'f32' ? 'f32' : 'i32';
  const v4 = `vec4<${t}>`;
  const ld = (expr: string): string => load(input, expr).expr;
  const rows = [0, 1, 2, 3];
  return `${HEADER}
@group(0) @binding(1) var<storage, read> a: array<${input}>;
@group(0) @binding(2) var<storage, read> b: array<${input}>;
@group(0) @binding(3) var<storage, read_write> out: array<${output}>;
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let col = gid.x * 4u;
  let row = gid.y * 4u;
  let batch = gid.z;
  let m = dim_m();
  let n = dim_n();
  if (row >= m || col >= n) { return; }
  // Rows and columns past the edge read the last valid one; their results are not stored.
  ${rows.map((i) => `let r${i} = min(row + ${i}u, m - 1u);\n  let c${i} = min(col + ${i}u, n - 1u);`).join('\n  ')}
  ${rows.map((i) => `var acc${i} = ${v4}(0);`).join('\n  ')}
  for (var k = 0u; k < dim_k(); k = k + 1u) {
    let bv = ${v4}(${rows.map((i) => ld(`b[b_at(batch, k, c${i})]`)).join(', ')});
    ${rows.map((i) => `acc${i} = acc${i} + ${ld(`a[a_at(batch, r${i}, k)]`)} * bv;`).join('\n    ')}
  }
  ${rows
    .map(
      (i) => `if (row + ${i}u < m) {
    let base = (batch * m + row + ${i}u) * n + col;
    ${[0, 1, 2, 3].map((j) => `if (col + ${j}u < n) { out[base + ${j}u] = ${store(output, { expr: `acc${i}[${j}]`, type: t })}; }`).join('\n    ')}
  }`,
    )
    .join('\n  ')}
}`;
}

// vec4 words: a's offset and strides, b's, all divided by 4 (params 3..10 hold them in vec4 units).
function vec4Source(): string {
  const rows = [0, 1, 2, 3];
  return `${HEADER}
@group(0) @binding(1) var<storage, read> a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<vec4<f32>>;
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let col4 = gid.x;
  let row = gid.y * 4u;
  let batch = gid.z;
  let m = dim_m();
  let n4 = dim_n() / 4u;
  if (row >= m || col4 >= n4) { return; }
  ${rows.map((i) => `let a${i} = a_at(batch, min(row + ${i}u, m - 1u), 0u);`).join('\n  ')}
  ${rows.map((i) => `var acc${i} = vec4<f32>(0.0);`).join('\n  ')}
  let k4 = dim_k() / 4u;
  for (var k = 0u; k < k4; k = k + 1u) {
    let b0 = b[b_at(batch, k * 4u, col4)];
    let b1 = b[b_at(batch, k * 4u + 1u, col4)];
    let b2 = b[b_at(batch, k * 4u + 2u, col4)];
    let b3 = b[b_at(batch, k * 4u + 3u, col4)];
    ${rows.map((i) => `let x${i} = a[a${i} + k];\n    acc${i} = acc${i} + x${i}.x * b0 + x${i}.y * b1 + x${i}.z * b2 + x${i}.w * b3;`).join('\n    ')}
  }
  ${rows.map((i) => `if (row + ${i}u < m) { out[(batch * m + row + ${i}u) * n4 + col4] = acc${i}; }`).join('\n  ')}
}`;
}

const TILE = 32;

function tiledSource(): string {
  return `${HEADER}
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
var<workgroup> tileA: array<array<f32, ${TILE}>, ${TILE}>;
var<workgroup> tileB: array<array<f32, ${TILE}>, ${TILE}>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let m = dim_m();
  let n = dim_n();
  let kk = dim_k();
  let batch = wid.z;
  let row0 = wid.y * ${TILE}u;
  let col0 = wid.x * ${TILE}u;
  let thread = lid.y * 8u + lid.x;
  var acc: array<vec4<f32>, 4>;
  for (var t = 0u; t < kk; t = t + ${TILE}u) {
    for (var l = 0u; l < ${(TILE * TILE) / 64}u; l = l + 1u) {
      let e = thread + l * 64u;
      let r = e / ${TILE}u;
      let c = e % ${TILE}u;
      var va = 0.0;
      if (row0 + r < m && t + c < kk) { va = a[a_at(batch, row0 + r, t + c)]; }
      tileA[r][c] = va;
      var vb = 0.0;
      if (t + r < kk && col0 + c < n) { vb = b[b_at(batch, t + r, col0 + c)]; }
      tileB[r][c] = vb;
    }
    workgroupBarrier();
    for (var k = 0u; k < ${TILE}u; k = k + 1u) {
      let bv = vec4<f32>(tileB[k][lid.x * 4u], tileB[k][lid.x * 4u + 1u], tileB[k][lid.x * 4u + 2u], tileB[k][lid.x * 4u + 3u]);
      for (var i = 0u; i < 4u; i = i + 1u) {
        acc[i] = acc[i] + tileA[lid.y * 4u + i][k] * bv;
      }
    }
    workgroupBarrier();
  }
  for (var i = 0u; i < 4u; i = i + 1u) {
    let row = row0 + lid.y * 4u + i;
    for (var j = 0u; j < 4u; j = j + 1u) {
      let col = col0 + lid.x * 4u + j;
      if (row < m && col < n) { out[(batch * m + row) * n + col] = acc[i][j]; }
    }
  }
}`;
}

interface Problem {
  readonly batch: number;
  readonly m: number;
  readonly n: number;
  readonly k: number;
}

function writeParams(p: Problem, a: StridedView, b: StridedView, unit: number): Params {
  const params = new Params();
  params.u32(p.m);
  params.u32(p.n);
  params.u32(p.k);
  // In vec4 units the innermost stride is one vec4.
  const scaled = (v: StridedView): number[] => (unit === 1 ? [...v.strides] : [v.strides[0] / unit, v.strides[1] / unit, 1]);
  params.i32(a.offset / unit);
  params.list(scaled(a), 'i32');
  params.i32(b.offset / unit);
  params.list(scaled(b), 'i32');
  return params;
}

/** True when a (B, R, C) view is row-major with rows, batches and offset on vec4 boundaries. */
export function vec4Rows(v: StridedView): boolean {
  const [, rows, cols] = v.shape;
  return v.strides[2] === 1 && cols % 4 === 0 && (rows === 1 || v.strides[1] % 4 === 0) && v.strides[0] % 4 === 0 && v.offset % 4 === 0;
}

/** Runs one variant on views the caller has already checked it supports. */
export function matmulWith(gpu: Gpu, variant: MatmulVariant, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  const [batch, m, k] = a.shape;
  const n = b.shape[2];
  const problem = { batch, m, n, k };
  const out = gpu.alloc(outDtype, batch * m * n);
  if (batch * m * n === 0) return out;
  const input = storageOf(a.buffer.dtype);
  const output = storageOf(outDtype);
  const buffers = [gpu.bind(a.buffer), gpu.bind(b.buffer), out.gpu];
  switch (variant) {
    case 'blocked': {
      const pipeline = gpu.pipeline(`matmul.blocked:${input}>${output}`, () => blockedSource(input, output));
      gpu.dispatch(pipeline, writeParams(problem, a, b, 1), buffers, [Math.ceil(n / 32), Math.ceil(m / 32), batch]);
      break;
    }
    case 'blocked-vec4': {
      const pipeline = gpu.pipeline('matmul.blocked-vec4', vec4Source);
      gpu.dispatch(pipeline, writeParams(problem, a, b, 4), buffers, [Math.ceil(n / 4 / 8), Math.ceil(m / 32), batch]);
      break;
    }
    case 'tiled': {
      const pipeline = gpu.pipeline('matmul.tiled', tiledSource);
      gpu.dispatch(pipeline, writeParams(problem, a, b, 1), buffers, [Math.ceil(n / TILE), Math.ceil(m / TILE), batch]);
      break;
    }
  }
  return out;
}

export const isFloatMatmul = (a: StridedView): boolean => computeOf(a.buffer.dtype) === 'f32';
