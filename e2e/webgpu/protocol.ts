// Messages between the WebGPU test page and its worker.

import type { Tuned } from '../../src/engine/backends/webgpu/index.ts';
import type { TestResult } from './spec-runner.ts';

export type Suite = 'parity' | 'memory';

/**
 * What the page asks a worker for. Each parity file runs in a fresh worker, as Vitest gives each test file
 * fresh modules (module state such as the global generator starts anew).
 */
export type HarnessRequest =
  | { readonly kind: 'list' }
  | { readonly kind: 'parity'; readonly file: string; readonly tuned: Tuned | null }
  | { readonly kind: 'memory'; readonly steps: number };

export interface MemoryCheckpoint {
  readonly step: number;
  readonly loss: number;
  /** Buffers the runtime owns (engine/memory): the model, the optimizer's state, the data, the last loss. */
  readonly ownedBuffers: number;
  readonly liveBuffers: number;
  readonly liveBytes: number;
  readonly totalBuffers: number;
  readonly totalBytes: number;
}

export type HarnessEvent =
  | { readonly kind: 'files'; readonly files: readonly string[]; readonly tuned: Tuned; readonly timings: string }
  | { readonly kind: 'started'; readonly adapter: string }
  | { readonly kind: 'result'; readonly result: TestResult }
  | { readonly kind: 'checkpoint'; readonly checkpoint: MemoryCheckpoint }
  | { readonly kind: 'done'; readonly ms: number }
  | { readonly kind: 'failed'; readonly error: string };

/** What the page exposes to Playwright once the worker is done. */
export interface HarnessReport {
  readonly adapter: string | null;
  /** The kernel shapes timed on the adapter (which the parity workers then use). */
  readonly timings: string | null;
  readonly results: TestResult[];
  readonly checkpoints: MemoryCheckpoint[];
  readonly error: string | null;
  readonly ms: number;
}
