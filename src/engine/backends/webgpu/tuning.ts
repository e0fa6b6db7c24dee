// Kernel shapes chosen per adapter by timing them when the backend starts. What runs fastest depends on the
// adapter more than on the problem. On SwiftShader (WebGPU on the CPU) workgroup barriers are slow, so register
// blocking without workgroup memory beats workgroup-memory tiling by about 4x (and a thread per chunk of a row
// beats a workgroup tree), and every thread costs a fixed overhead, so a few thousand threads each taking many
// elements beat one thread per element; on real GPUs tiling, trees and wide grids usually win. So each
// candidate runs on a mid-sized problem and the fastest is kept.
//
// The machine may be busy (on two shared cores a run can take twice as long as the one before), so candidates
// are timed in interleaved rounds and each keeps its best time: a burst of load slows one round of every
// candidate rather than every round of one.

import type { StridedView } from '../backend.ts';
import type { WebGpuBackend } from './backend.ts';
import type { MatmulChoice, MatmulVariant, ReduceVariant } from './gpu.ts';
import { binary } from './kernels/elementwise.ts';
import { matmulWith } from './kernels/matmul.ts';
import { reduce } from './kernels/reduce.ts';

const MATMUL_SIZE = 256;
const ELEMENTWISE_SIZE = 1 << 18;
/** Rows by columns of the reduction timed: few outputs over long rows, where the variants differ. */
const REDUCE_SHAPE = [16, 1 << 14] as const;
const THREAD_CAPS = [1 << 12, 1 << 14, 1 << 16, 1 << 18] as const;
const ROUNDS = 3;
/** Rows by vec4-columns per thread for the vec4 kernel: small blocks suit GPUs, large ones SwiftShader. */
const VEC4_BLOCKS: readonly (readonly [number, number])[] = [
  [4, 1],
  [8, 2],
];

/** Names what the candidates are; a stored choice made under another version is timed again. */
export const TUNING_VERSION = 2;

export interface Timing {
  readonly candidate: string;
  /** Best of the timed runs, in milliseconds. */
  readonly ms: number;
}

export interface Tuned {
  readonly matmul: MatmulChoice;
  readonly threadCap: number;
  readonly reduce: ReduceVariant;
  readonly timings: readonly Timing[];
}

interface Candidate {
  readonly name: string;
  /** Records the candidate's GPU work (and sets whatever it needs first). */
  readonly work: () => void;
}

/**
 * Best wall time of each candidate's work until the GPU is done, over interleaved rounds; an untimed first run
 * compiles its pipelines.
 */
async function timeAll(backend: WebGpuBackend, candidates: readonly Candidate[]): Promise<number[]> {
  for (const c of candidates) c.work();
  await backend.finish();
  const best = candidates.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, c] of candidates.entries()) {
      const start = performance.now();
      c.work();
      await backend.finish();
      best[i] = Math.min(best[i], performance.now() - start);
    }
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
    ? { matmul: { aligned: 'blocked-vec4', general: 'blocked', vec4Block: [8, 2] }, threadCap: 1 << 14, reduce: 'split' }
    : { matmul: { aligned: 'tiled', general: 'tiled', vec4Block: [4, 1] }, threadCap: 1 << 20, reduce: 'tree' };
}

export async function tune(backend: WebGpuBackend): Promise<Tuned> {
  const gpu = backend.gpu;
  const timings: Timing[] = [];
  const record = (candidates: readonly Candidate[], ms: readonly number[]): void => {
    candidates.forEach((c, i) => timings.push({ candidate: c.name, ms: ms[i] }));
  };

  const x = operand(backend, [ELEMENTWISE_SIZE]);
  const caps = THREAD_CAPS.map(
    (cap): Candidate => ({
      name: `threads ≤ ${cap}`,
      work: () => {
        gpu.threadCap = cap;
        for (let k = 0; k < 4; k++) {
          const sum = binary(gpu, 'add', x, x, 'float32');
          gpu.materialize(sum);
          gpu.discard(sum);
        }
      },
    }),
  );
  const capMs = await timeAll(backend, caps);
  record(caps, capMs);
  // Ties (within 10% of the fastest) go to more threads, the safer choice on real GPUs.
  const fastestCap = Math.min(...capMs);
  const threadCap = THREAD_CAPS.filter((_, i) => capMs[i] <= fastestCap * 1.1).at(-1) ?? THREAD_CAPS[0];
  gpu.threadCap = threadCap;

  const a = operand(backend, [1, MATMUL_SIZE, MATMUL_SIZE]);
  const b = operand(backend, [1, MATMUL_SIZE, MATMUL_SIZE]);
  const matmuls: (Candidate & { variant: MatmulVariant; block: readonly [number, number] })[] = [
    ...VEC4_BLOCKS.map((block) => ({ name: `matmul blocked-vec4 ${block[0]}x${block[1] * 4}`, variant: 'blocked-vec4' as const, block })),
    { name: 'matmul blocked', variant: 'blocked' as const, block: VEC4_BLOCKS[0] },
    { name: 'matmul tiled', variant: 'tiled' as const, block: VEC4_BLOCKS[0] },
  ].map((c) => ({
    ...c,
    work: () => {
      gpu.matmulChoice = { ...gpu.matmulChoice, vec4Block: c.block };
      gpu.discard(matmulWith(gpu, c.variant, a, b, 'float32'));
    },
  }));
  const matmulMs = await timeAll(backend, matmuls);
  record(matmuls, matmulMs);
  /** The fastest candidate among those of the given variants. */
  const fastest = (among: readonly MatmulVariant[]) => {
    const order = matmuls.map((c, i) => ({ c, ms: matmulMs[i] })).filter(({ c }) => among.includes(c.variant));
    return order.reduce((p, q) => (q.ms < p.ms ? q : p)).c;
  };
  const general = fastest(['blocked', 'tiled']).variant;
  const matmul: MatmulChoice = {
    aligned: fastest(['blocked-vec4', 'blocked', 'tiled']).variant,
    general: general === 'tiled' ? 'tiled' : 'blocked',
    vec4Block: fastest(['blocked-vec4']).block,
  };
  gpu.matmulChoice = matmul;

  const rows = operand(backend, REDUCE_SHAPE);
  const reductions = (['tree', 'split'] as const).map(
    (variant): Candidate & { variant: ReduceVariant } => ({
      name: `reduce ${variant}`,
      variant,
      work: () => {
        gpu.reduceVariant = variant;
        gpu.discard(reduce(gpu, 'sum', rows, [1], 'float32'));
      },
    }),
  );
  const reduceMs = await timeAll(backend, reductions);
  record(reductions, reduceMs);
  const reduceVariant = reduceMs[0] <= reduceMs[1] ? reductions[0].variant : reductions[1].variant;
  gpu.reduceVariant = reduceVariant;

  for (const buffer of [x, a, b, rows]) backend.release(buffer.buffer);
  return { matmul, threadCap, reduce: reduceVariant, timings };
}
