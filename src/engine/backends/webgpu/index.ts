// Creating the WebGPU backend: an adapter, a device with the adapter's buffer limits, and matmul kernels
// chosen by timing on that adapter.

import { WebGpuBackend } from './backend.ts';
import { tuneMatmul, type MatmulTiming } from './matmul-tuning.ts';

export { WebGpuBackend, type AdapterDescription } from './backend.ts';
export type { MatmulChoice, MatmulVariant } from './gpu.ts';
export type { PoolMemory } from './pool.ts';
export type { MatmulTiming } from './matmul-tuning.ts';

export interface WebGpuStart {
  readonly backend: WebGpuBackend;
  readonly matmulTimings: readonly MatmulTiming[];
}

/** Why WebGPU is not available here, or null when `navigator.gpu` exists. */
export function webGpuMissing(): string | null {
  return typeof navigator === 'undefined' || navigator.gpu === undefined ? 'this browser has no WebGPU (navigator.gpu)' : null;
}

/** Starts the backend, or rejects with the reason WebGPU cannot be used. */
export async function createWebGpuBackend(options: { tune?: boolean } = {}): Promise<WebGpuStart> {
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
  if (options.tune === false) return { backend, matmulTimings: [] };
  const { choice, timings } = await tuneMatmul(backend);
  backend.matmulChoice = choice;
  return { backend, matmulTimings: timings };
}
