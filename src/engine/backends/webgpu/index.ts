// Creating the WebGPU backend: an adapter, a device with the adapter's buffer limits, and kernel shapes chosen
// by timing on that adapter.

import { WebGpuBackend } from './backend.ts';
import type { Timing, Tuned } from './tuning.ts';

export { WebGpuBackend, type AdapterDescription } from './backend.ts';
export type { MatmulChoice, MatmulVariant } from './gpu.ts';
export type { PoolMemory } from './pool.ts';
export type { Timing, Tuned } from './tuning.ts';
export type { Choice, TuningCache } from './tuning-cache.ts';
export { indexedDbTuningCache } from './tuning-store.ts';

export interface WebGpuStart {
  readonly backend: WebGpuBackend;
  /** The kernel shapes timed on this adapter, and how long each took. */
  readonly timings: readonly Timing[];
  /** The choices made (to reuse for another device on the same adapter), or null when left at defaults. */
  readonly tuned: Tuned | null;
}

/** Why WebGPU is not available here, or null when `navigator.gpu` exists. */
export function webGpuMissing(): string | null {
  return typeof navigator === 'undefined' || navigator.gpu === undefined ? 'this browser has no WebGPU (navigator.gpu)' : null;
}

/**
 * Starts the backend, or rejects with the reason WebGPU cannot be used. Kernel shapes are timed on the adapter
 * (`tuning: 'measure'`, the default, never cached), taken from an earlier measurement on the same adapter, or
 * left at the adapter kind's starting choices (`'skip'`; `backend.tune()` chooses them later, from the choice
 * stored per adapter in IndexedDB when there is one).
 */
export async function createWebGpuBackend(options: { tuning?: 'measure' | 'skip' | Tuned } = {}): Promise<WebGpuStart> {
  const missing = webGpuMissing();
  if (missing !== null) throw new Error(missing);
  const adapter = await navigator.gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (adapter === null) throw new Error('WebGPU found no adapter');
  // Datasets can pass the 128 MiB default binding limit; ask for what the adapter allows.
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    },
  });
  const { vendor, architecture, description } = adapter.info;
  const backend = new WebGpuBackend(device, { vendor, architecture, description });
  const tuning = options.tuning ?? 'measure';
  if (tuning === 'skip') return { backend, timings: [], tuned: null };
  const tuned = tuning === 'measure' ? (await backend.tune({ cache: null })).tuned : tuning;
  backend.apply(tuned);
  return { backend, timings: tuned.timings, tuned };
}
