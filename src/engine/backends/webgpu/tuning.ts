// Choosing matmul kernels per adapter by timing them. Which variant wins depends on the adapter more than on
// the problem: on SwiftShader (WebGPU on the CPU) workgroup barriers are slow and register blocking without
// workgroup memory wins by about 10x; on real GPUs workgroup-memory tiling usually does. So the backend times
// each candidate on one mid-sized product when it starts and keeps the fastest.

import type { StridedView } from '../backend.ts';
import type { WebGpuBackend } from './backend.ts';
import type { MatmulChoice, MatmulVariant } from './gpu.ts';
import { matmulWith } from './kernels/matmul.ts';

const SIZE = 256;
const RUNS = 2;

export interface MatmulTiming {
  readonly variant: MatmulVariant;
  /** Best of the timed runs, in milliseconds. */
  readonly ms: number;
}

async function time(backend: WebGpuBackend, variant: MatmulVariant, a: StridedView, b: StridedView): Promise<number> {
  // The first run compiles the pipeline; it is not timed.
  backend.gpu.discard(matmulWith(backend.gpu, variant, a, b, 'float32'));
  await backend.finish();
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    backend.gpu.discard(matmulWith(backend.gpu, variant, a, b, 'float32'));
    await backend.finish();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function tuneMatmul(backend: WebGpuBackend): Promise<{ choice: MatmulChoice; timings: MatmulTiming[] }> {
  const values = new Float32Array(SIZE * SIZE).map((_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  const operand = (): StridedView => ({ buffer: backend.upload(values.slice(), 'float32'), shape: [1, SIZE, SIZE], strides: [SIZE * SIZE, SIZE, 1], offset: 0 });
  const a = operand();
  const b = operand();
  const timings: MatmulTiming[] = [];
  for (const variant of ['blocked-vec4', 'blocked', 'tiled'] as const) timings.push({ variant, ms: await time(backend, variant, a, b) });
  const fastest = (among: readonly MatmulVariant[]): MatmulVariant =>
    timings.filter((t) => among.includes(t.variant)).reduce((p, q) => (q.ms < p.ms ? q : p)).variant;
  const general = fastest(['blocked', 'tiled']) as MatmulChoice['general'];
  return { choice: { aligned: fastest(['blocked-vec4', 'blocked', 'tiled']), general }, timings };
}
