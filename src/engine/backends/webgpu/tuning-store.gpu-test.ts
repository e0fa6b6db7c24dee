// The kernel choices stored per adapter in IndexedDB (tuning-store.ts) as the worker uses them: a choice stored
// by an earlier start is applied without timing; an unusable one is timed again and replaced. Runs in the
// browser's worker (e2e/webgpu), each test on a database of its own.

import { describe, expect, it } from 'vitest';
import { AutoBackend } from '../auto/backend.ts';
import { defaultBackend } from '../registry.ts';
import { WebGpuBackend } from './backend.ts';
import type { Tuned } from './tuning.ts';
import { asTuned, tuningKey } from './tuning-cache.ts';
import { indexedDbTuningCache } from './tuning-store.ts';

function gpuBackend(): WebGpuBackend {
  const backend = defaultBackend();
  const gpu = backend instanceof AutoBackend ? backend.webgpu : backend;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  return gpu;
}

// Unlike any choice timing would make, so that applying it shows.
const stored: Tuned = {
  matmul: { aligned: 'blocked', general: 'tiled', vec4Block: [4, 1] },
  threadCap: 1 << 12,
  reduce: 'tree',
  timings: [{ candidate: 'stored earlier', ms: 1 }],
};

let databases = 0;

/** A fresh database; deleted again after `body`. */
async function withDatabase(body: (name: string) => Promise<void>): Promise<void> {
  const name = `tandem-webgpu-test-${Date.now()}-${databases++}`;
  try {
    await body(name);
  } finally {
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = req.onerror = req.onblocked = resolve;
    });
  }
}

/** Runs `body` and restores the backend's choices afterwards, for the tests that follow. */
async function keepingChoices(body: (g: WebGpuBackend) => Promise<void>): Promise<void> {
  const g = gpuBackend();
  const saved = { matmul: g.gpu.matmulChoice, threadCap: g.gpu.threadCap, reduce: g.gpu.reduceVariant };
  try {
    await body(g);
  } finally {
    g.apply(saved);
  }
}

describe('kernel choices stored per adapter in IndexedDB', () => {
  it('a stored choice comes back as it was saved', async () => {
    await withDatabase(async (name) => {
      const cache = indexedDbTuningCache(name);
      expect(await cache.load('nothing here')).toBeUndefined();
      await cache.save('k', stored);
      expect(asTuned(await indexedDbTuningCache(name).load('k'))).toEqual(stored);
    });
  });

  it('the backend applies the choice stored for its adapter, without timing', async () => {
    await keepingChoices(async (g) => {
      await withDatabase(async (name) => {
        await indexedDbTuningCache(name).save(tuningKey(g.adapter, navigator.userAgent), stored);
        const before = g.dispatches;
        const choice = await g.tune({ cache: indexedDbTuningCache(name) });
        expect(choice).toEqual({ tuned: stored, cached: true });
        expect(g.dispatches).toBe(before);
        expect({ matmul: g.gpu.matmulChoice, threadCap: g.gpu.threadCap, reduce: g.gpu.reduceVariant }).toEqual({
          matmul: stored.matmul,
          threadCap: stored.threadCap,
          reduce: stored.reduce,
        });
      });
    });
  });

  it('an unusable stored value is timed again and replaced by the new choice', async () => {
    await keepingChoices(async (g) => {
      await withDatabase(async (name) => {
        const key = tuningKey(g.adapter, navigator.userAgent);
        await indexedDbTuningCache(name).save(key, { ...stored, reduce: 'sideways' } as unknown as Tuned);
        const choice = await g.tune({ cache: indexedDbTuningCache(name) });
        expect(choice.cached).toBe(false);
        expect(choice.tuned.timings.length).toBeGreaterThan(4);
        expect(asTuned(await indexedDbTuningCache(name).load(key))).toEqual(choice.tuned);
      });
    });
  });
});
