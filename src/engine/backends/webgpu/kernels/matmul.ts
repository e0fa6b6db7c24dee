// Batched matrix products, (B, M, K) @ (B, K, N) -> (B, M, N), in three variants; ../matmul-tuning.ts times
// them on the adapter and the backend keeps the fastest (docs/ARCHITECTURE.md, "WebGPU backend").
//
// - blocked: each thread accumulates a 4x4 block of the output in registers, reading any strides. No
//   workgroup memory, so no barriers: the fast kind on SwiftShader, where a barrier is expensive.
// - blocked-vec4: vec4 loads, for row-major operands whose K and N are multiples of 4; each thread computes a
//   block of rows by vec4s of columns (4x1 or 8x2, chosen by timing: 8x2 about 1.5x faster on SwiftShader).
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

// vec4 words: a's offset and strides, b's, all divided by 4 (params 3..10 hold them in vec4 units). Each
// thread computes `rows` output rows by `cols` vec4s of columns; operand offsets advance by addition.
export function vec4Source(rows: number, cols: number): string {
  const r = Array.from({ length: rows }, (_, i) => i);
  const c = Array.from({ length: cols }, (_, j) => j);
  return `${HEADER}
@group(0) @binding(1) var<storage, read> a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<vec4<f32>>;
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let col4 = gid.x * ${cols}u;
  let row = gid.y * ${rows}u;
  let batch = gid.z;
  let m = dim_m();
  let n4 = dim_n() / 4u;
  if (row >= m || col4 >= n4) { return; }
  ${r.map((i) => `let a${i} = a_at(batch, min(row + ${i}u, m - 1u), 0u);`).join('\n  ')}
  ${c.map((j) => `let c${j} = min(col4 + ${j}u, n4 - 1u);`).join('\n  ')}
  ${r.flatMap((i) => c.map((j) => `var acc${i}_${j} = vec4<f32>(0.0);`)).join('\n  ')}
  let bk = u32(param_i(9u));
  var bp = b_at(batch, 0u, 0u);
  let k4 = dim_k() / 4u;
  for (var k = 0u; k < k4; k = k + 1u) {
    ${c.map((j) => [0, 1, 2, 3].map((q) => `let b${q}_${j} = b[bp + ${q}u * bk + c${j}];`).join('\n    ')).join('\n    ')}
    ${r.map((i) => `let x${i} = a[a${i} + k];\n    ${c.map((j) => `acc${i}_${j} = acc${i}_${j} + x${i}.x * b0_${j} + x${i}.y * b1_${j} + x${i}.z * b2_${j} + x${i}.w * b3_${j};`).join('\n    ')}`).join('\n    ')}
    bp = bp + 4u * bk;
  }
  ${r.map((i) => c.map((j) => `if (row + ${i}u < m && col4 + ${j}u < n4) { out[(batch * m + row + ${i}u) * n4 + col4 + ${j}u] = acc${i}_${j}; }`).join('\n  ')).join('\n  ')}
}`;
}

// a @ bᵀ with both operands running along K (x @ W.T in nn.Linear, W stored (N, K)): dot products of vec4s,
// so W need not be copied into (K, N) order first. Each thread computes `rows` rows by 4 columns.
function vec4TransposedSource(rows: number): string {
  const r = Array.from({ length: rows }, (_, i) => i);
  const c = [0, 1, 2, 3];
  return `${HEADER}
@group(0) @binding(1) var<storage, read> a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<vec4<f32>>;
@compute @workgroup_size(8, 8)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let col = gid.x * 4u;
  let row = gid.y * ${rows}u;
  let batch = gid.z;
  let m = dim_m();
  let n = dim_n();
  if (row >= m || col >= n) { return; }
  ${r.map((i) => `let a${i} = a_at(batch, min(row + ${i}u, m - 1u), 0u);`).join('\n  ')}
  ${c.map((j) => `let b${j} = u32(param_i(7u) + i32(batch) * param_i(8u) + i32(col + ${j}u) * param_i(9u));`).join('\n  ')}
  ${r.map((i) => `var acc${i} = vec4<f32>(0.0);`).join('\n  ')}
  let k4 = dim_k() / 4u;
  for (var k = 0u; k < k4; k = k + 1u) {
    ${c.map((j) => `let y${j} = b[b${j} + k];`).join('\n    ')}
    ${r.map((i) => `let x${i} = a[a${i} + k];\n    acc${i} = acc${i} + vec4<f32>(dot(x${i}, y0), dot(x${i}, y1), dot(x${i}, y2), dot(x${i}, y3));`).join('\n    ')}
  }
  ${r.map((i) => `if (row + ${i}u < m) { out[((batch * m + row + ${i}u) * n + col) / 4u] = acc${i}; }`).join('\n  ')}
}`;
}

/** True when a (B, K, N) view is bᵀ of a row-major (B, N, K) matrix on vec4 boundaries. */
export function vec4Columns(v: StridedView): boolean {
  const [, k, n] = v.shape;
  return v.strides[1] === 1 && k % 4 === 0 && n % 4 === 0 && (n === 1 || v.strides[2] % 4 === 0) && v.strides[0] % 4 === 0 && v.offset % 4 === 0;
}

/** a @ b for a row-major `a` and a `b` read along K (vec4Columns), both in vec4s. */
export function matmulTransposed(gpu: Gpu, a: StridedView, b: StridedView, outDtype: DType): WebGpuBuffer {
  const [batch, m, k] = a.shape;
  const n = b.shape[2];
  const out = gpu.alloc(outDtype, batch * m * n);
  if (batch * m * n === 0) return out;
  const rows = gpu.matmulChoice.vec4Block[0];
  const pipeline = gpu.pipeline(`matmul.blocked-vec4-t.${rows}`, () => vec4TransposedSource(rows));
  // b's strides passed as (batch, column, K): param 9 is the column stride in vec4s; K runs along vec4s.
  const params = writeParams({ batch, m, n, k }, a, { ...b, strides: [b.strides[0], b.strides[2], b.strides[1]] }, 4);
  gpu.dispatch(pipeline, params, [gpu.bind(a.buffer), gpu.bind(b.buffer), out.gpu], [Math.ceil(n / 4 / 8), Math.ceil(m / rows / 8), batch]);
  return out;
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
      const [rows, cols] = gpu.matmulChoice.vec4Block;
      const pipeline = gpu.pipeline(`matmul.blocked-vec4.${rows}x${cols}`, () => vec4Source(rows, cols));
      gpu.dispatch(pipeline, writeParams(problem, a, b, 4), buffers, [Math.ceil(n / 4 / cols / 8), Math.ceil(m / rows / 8), batch]);
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
