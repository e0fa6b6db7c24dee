// What the WebGPU benchmark measures and how results travel from its workers to the page and the driver.

/** The workloads, each in Tandem and in TensorFlow.js. */
export type Workload = 'regression-fit' | 'classifier-fit' | 'mlp-step' | 'matmul-512' | 'matmul-1024';

export const WORKLOADS: readonly { id: Workload; title: string; unit: 'ms' | 'GFLOP/s' }[] = [
  { id: 'regression-fit', title: 'seed regression, fit 200 epochs (whole program)', unit: 'ms' },
  { id: 'classifier-fit', title: 'seed classifier, fit 100 epochs (whole program)', unit: 'ms' },
  { id: 'mlp-step', title: 'MLP 784-128-10, batch 64, one Adam step', unit: 'ms' },
  { id: 'matmul-512', title: 'matmul 512 x 512', unit: 'GFLOP/s' },
  { id: 'matmul-1024', title: 'matmul 1024 x 1024', unit: 'GFLOP/s' },
];

/** Who ran a workload: Tandem on one placement, or TensorFlow.js on one backend. */
export type Runner =
  | 'tandem-cpu'
  | 'tandem-webgpu'
  | 'tandem-auto'
  | 'tfjs-cpu'
  | 'tfjs-wasm'
  | 'tfjs-webgl'
  | 'tfjs-webgpu';

export const RUNNERS: readonly Runner[] = ['tandem-cpu', 'tandem-webgpu', 'tandem-auto', 'tfjs-cpu', 'tfjs-wasm', 'tfjs-webgl', 'tfjs-webgpu'];

export type Measurement =
  | { readonly runner: Runner; readonly workload: Workload; readonly value: number }
  | { readonly runner: Runner; readonly workload: Workload; readonly error: string };

/** What the page asks a worker to run: its runners, each on these workloads. */
export interface BenchRequest {
  readonly runners: readonly Runner[];
  readonly workloads: readonly Workload[];
}

export type BenchEvent =
  | { readonly kind: 'measurement'; readonly measurement: Measurement }
  | { readonly kind: 'info'; readonly text: string }
  | { readonly kind: 'done' };

export interface BenchReport {
  readonly measurements: Measurement[];
  readonly info: string[];
  readonly userAgent: string;
}

/** Times `run` after untimed calls (at least `warmupRuns` of them, and for at least `warmupMs`); the median
 *  of `repeats` timed calls, in ms. */
export async function medianMs(run: () => Promise<void>, repeats: number, warmupRuns = 1, warmupMs = 0): Promise<number> {
  const warmupStart = performance.now();
  for (let i = 0; i < warmupRuns || performance.now() - warmupStart < warmupMs; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The fit workloads are whole programs: most of their time is the interpreter's and the engine's own code (or
 * TF.js's), which the JIT keeps improving over the first runs. A pane's worker lives on between runs (only Stop
 * replaces it), so a learner iterating on a lesson runs warm code; the figure is that steady state, measured the
 * same way for every runner: the median of 9 runs after untimed ones for at least 3 seconds and 30 runs. (A
 * count alone did not reach it for fast programs: after 30 runs of a 5 ms program, the first runner in a worker
 * was still up to 1.5× slower than the same code after another runner's runs.)
 */
export const fitMs = (run: () => Promise<void>): Promise<number> => medianMs(run, 9, 30, 3000);

/** GFLOP/s of n x n matrix products: 2n³ floating-point operations each. */
export const gflops = (n: number, ms: number): number => (2 * n ** 3) / (ms * 1e6);

/** Deterministic values in [-1, 1). */
export function values(count: number, seed: number): Float32Array {
  const out = new Float32Array(count);
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out[i] = (s / 2147483648) * 2 - 1;
  }
  return out;
}

export const MLP = { batch: 64, inputs: 784, hidden: 128, classes: 10, steps: 20 } as const;
