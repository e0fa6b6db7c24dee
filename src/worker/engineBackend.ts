// The engine's backend in the worker: automatic placement over the CPU and, where the browser has one, a
// WebGPU device (engine/backends/auto). Without WebGPU, or when the device is lost, runs use the CPU and the
// first run says why in its `started` event.

import { AutoBackend } from '../engine/backends/auto/backend.ts';
import type { Placement } from '../engine/backends/auto/policy.ts';
import { CpuBackend } from '../engine/backends/cpu/index.ts';
import { defaultBackend, setDefaultBackend } from '../engine/backends/registry.ts';
import { createWebGpuBackend } from '../engine/backends/webgpu/index.ts';

/** A device that has not come up by then will not help the run waiting for it. */
const START_TIMEOUT_MS = 15_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no WebGPU device after ${ms / 1000} s`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Starts WebGPU if it can, and makes automatic placement the engine's default backend. Kernel shapes are timed
 * in the background (a second or two on SwiftShader), so the first run need not wait; until then the adapter
 * kind's usual winners run.
 */
export async function startEngineBackend(): Promise<AutoBackend> {
  let backend: AutoBackend;
  try {
    const { backend: gpu } = await withTimeout(createWebGpuBackend({ tuning: 'skip' }), START_TIMEOUT_MS);
    void gpu.tune().catch(() => undefined);
    backend = new AutoBackend(new CpuBackend(), gpu);
  } catch (cause) {
    backend = new AutoBackend(new CpuBackend(), null, cause instanceof Error ? cause.message : String(cause));
  }
  setDefaultBackend(backend);
  return backend;
}

/** Sets where this run's tensors go ('auto' unless the run asks for one backend). */
export function placeRun(placement: Placement | undefined): void {
  const backend = defaultBackend();
  if (backend instanceof AutoBackend) backend.placement = placement ?? 'auto';
}

/** What the `started` event names: the adapter and/or "CPU", with the reason WebGPU is missing the first time. */
export function runningOn(): string {
  const backend = defaultBackend();
  if (!(backend instanceof AutoBackend)) return backend.name;
  const notice = backend.takeNotice();
  return notice === null ? backend.name : `${backend.name} (${notice})`;
}
