// Kernel shapes chosen per adapter by timing them when the backend starts. What runs fastest depends on the
// adapter more than on the problem. On SwiftShader (WebGPU on the CPU) workgroup barriers are slow, so register
// blocking without workgroup memory beats workgroup-memory tiling by about 4x, and every thread costs a fixed
// overhead, so a few thousand threads each taking many elements beat one thread per element; on real GPUs
// tiling and wide grids usually win. So each candidate runs on a mid-sized problem and the fastest is kept.

import type { StridedView } from '../backend.ts';
import type { WebGpuBackend } from './backend.ts';
import type { MatmulChoice, MatmulVariant } from './gpu.ts';
import { binary } from './kernels/elementwise.ts';
import { matmulWith } from './kernels/matmul.ts';

const MATMUL_SIZE = 256;
const ELEMENTWISE_SIZE = 1 << 18;
const THREAD_CAPS = [1 << 12, 1 << 14, 1 << 16, 1 << 18] as const;
const RUNS = 2;
/** Rows by vec4-columns per thread for the vec4 kernel: small blocks suit GPUs, large ones SwiftShader. */
const VEC4_BLOCKS: readonly (readonly [number, number])[] = [
  [4, 1],
  [8, 2],
];

export interface Timing {
  readonly candidate: string;
  /** Best of the timed runs, in milliseconds. */
  readonly ms: number;
}

export interface Tuned {
  readonly matmul: MatmulChoice;
  readonly threadCap: number;
  readonly timings: readonly Timing[];
}

/** Best-of-RUNS wall time of `work` (which records GPU work) until the GPU is done; the first run compiles. */
async function time(backend: WebGpuBackend, work: () => void): Promise<number> {
  work();
  await backend.finish();
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    work();
    await backend.finish();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function operand(backend: WebGpuBackend, shape: readonly number[]): StridedView {
  const n = shape.reduce((a, d) => a * d, 1);
  const values = new Float32Array(n).map((_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, e) => a * e, 1));
  return { buffer: backend.upload(values, 'float32'), shape, strides, offset: 0 };
}

/**
 * Choices to start with before (or instead of) timing: what the timings gave on SwiftShader, and the usual
 * winners on GPUs. Tuning then replaces them.
 */
export function startingChoices(architecture: string): Omit<Tuned, 'timings'> {
  return architecture === 'swiftshader'
    ? { matmul: { aligned: 'blocked-vec4', general: 'blocked', vec4Block: [8, 2] }, threadCap: 1 << 14 }
    : { matmul: { aligned: 'tiled', general: 'tiled', vec4Block: [4, 1] }, threadCap: 1 << 20 };
}

export async function tune(backend: WebGpuBackend): Promise<Tuned> {
  const gpu = backend.gpu;
  const timings: Timing[] = [];

  const x = operand(backend, [ELEMENTWISE_SIZE]);
  let threadCap: number = THREAD_CAPS[THREAD_CAPS.length - 1];
  let bestCap = Infinity;
  for (const cap of THREAD_CAPS) {
    gpu.threadCap = cap;
    const ms = await time(backend, () => {
      for (let k = 0; k < 4; k++) {
        const sum = binary(gpu, 'add', x, x, 'float32');
        gpu.materialize(sum);
        gpu.discard(sum);
      }
    });
    timings.push({ candidate: `threads ≤ ${cap}`, ms });
    // Ties (within 10%) go to more threads, the safer choice on real GPUs.
    if (ms < bestCap * 0.9 || (ms <= bestCap * 1.1 && cap > threadCap)) {
      if (ms < bestCap) bestCap = ms;
      threadCap = cap;
    }
  }
  gpu.threadCap = threadCap;

  const a = operand(backend, [1, MATMUL_SIZE, MATMUL_SIZE]);
  const b = operand(backend, [1, MATMUL_SIZE, MATMUL_SIZE]);
  const matmulMs = new Map<MatmulVariant, number>();
  let vec4Block: readonly [number, number] = VEC4_BLOCKS[0];
  for (const block of VEC4_BLOCKS) {
    gpu.matmulChoice = { ...gpu.matmulChoice, vec4Block: block };
    const ms = await time(backend, () => gpu.discard(matmulWith(gpu, 'blocked-vec4', a, b, 'float32')));
    timings.push({ candidate: `matmul blocked-vec4 ${block[0]}x${block[1] * 4}`, ms });
    if (ms < (matmulMs.get('blocked-vec4') ?? Infinity)) {
      matmulMs.set('blocked-vec4', ms);
      vec4Block = block;
    }
  }
  for (const variant of ['blocked', 'tiled'] as const) {
    const ms = await time(backend, () => gpu.discard(matmulWith(gpu, variant, a, b, 'float32')));
    matmulMs.set(variant, ms);
    timings.push({ candidate: `matmul ${variant}`, ms });
  }
  const fastest = <V extends MatmulVariant>(among: readonly V[]): V =>
    among.reduce((p, q) => ((matmulMs.get(q) ?? Infinity) < (matmulMs.get(p) ?? Infinity) ? q : p));
  const matmul: MatmulChoice = { aligned: fastest(['blocked-vec4', 'blocked', 'tiled']), general: fastest(['blocked', 'tiled']), vec4Block };
  return { matmul, threadCap, timings };
}
