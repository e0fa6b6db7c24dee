// The per-adapter cache of kernel choices: a stored choice is taken instead of timing; anything wrong with the
// store (nothing stored, a value that is not a choice, a load or save that fails) means timing again, never an
// error. The IndexedDB store itself is tested in the browser (tuning-store.gpu-test.ts).

import { describe, expect, it } from 'vitest';
import type { Tuned } from './tuning.ts';
import { asTuned, chooseTuning, tuningKey, type TuningCache } from './tuning-cache.ts';

const timed: Tuned = {
  matmul: { aligned: 'blocked-vec4', general: 'blocked', vec4Block: [8, 2] },
  threadCap: 16384,
  reduce: 'split',
  timings: [{ candidate: 'matmul tiled', ms: 44.1 }],
};

/** A cache in memory, counting calls; `fail` makes loads or saves reject. */
function memoryCache(fail: { load?: boolean; save?: boolean } = {}) {
  const stored = new Map<string, unknown>();
  const calls = { load: 0, save: 0 };
  const cache: TuningCache = {
    load: (key) => {
      calls.load++;
      return fail.load ? Promise.reject(new Error('load failed')) : Promise.resolve(stored.get(key));
    },
    save: (key, tuned) => {
      calls.save++;
      if (fail.save) return Promise.reject(new Error('save failed'));
      stored.set(key, structuredClone(tuned));
      return Promise.resolve();
    },
  };
  return { cache, stored, calls };
}

/** A measurement that counts how often it ran. */
function measurement() {
  const runs = { count: 0 };
  return { runs, measure: () => (runs.count++, Promise.resolve(timed)) };
}

const swiftshader = { vendor: 'google', architecture: 'swiftshader', description: '' };

describe('the tuning cache', () => {
  it('times on the first start and stores the choice; the next start on the adapter takes it without timing', async () => {
    const { cache } = memoryCache();
    const { runs, measure } = measurement();
    const key = tuningKey(swiftshader, 'Chrome/156');
    expect(await chooseTuning(cache, key, measure)).toEqual({ tuned: timed, cached: false });
    expect(await chooseTuning(cache, key, measure)).toEqual({ tuned: timed, cached: true });
    expect(runs.count).toBe(1);
  });

  it('keys by adapter, browser and the candidates\' version', () => {
    const key = tuningKey(swiftshader, 'Chrome/156');
    expect(tuningKey({ ...swiftshader, architecture: 'ampere', vendor: 'nvidia' }, 'Chrome/156')).not.toBe(key);
    expect(tuningKey(swiftshader, 'Chrome/157')).not.toBe(key);
    expect(JSON.parse(key)).toMatchObject({ version: expect.any(Number), architecture: 'swiftshader' });
  });

  it('times again when the stored value is not a valid choice', async () => {
    const { cache, stored } = memoryCache();
    const { runs, measure } = measurement();
    const key = tuningKey(swiftshader, 'x');
    for (const junk of [null, 'fast', { matmul: { aligned: 'warp-drive', general: 'blocked', vec4Block: [8, 2] }, threadCap: 1, reduce: 'split', timings: [] }, { ...timed, reduce: 'sideways' }, { ...timed, threadCap: -4 }]) {
      stored.set(key, junk);
      expect((await chooseTuning(cache, key, measure)).cached).toBe(false);
    }
    expect(runs.count).toBe(5);
    // The last timing replaced the junk.
    expect(asTuned(stored.get(key))).toEqual(timed);
  });

  it('a failing load times again, and a failing save is not an error', async () => {
    const { runs, measure } = measurement();
    expect(await chooseTuning(memoryCache({ load: true }).cache, 'k', measure)).toEqual({ tuned: timed, cached: false });
    const failingSave = memoryCache({ save: true });
    expect(await chooseTuning(failingSave.cache, 'k', measure)).toEqual({ tuned: timed, cached: false });
    expect(failingSave.calls.save).toBe(1);
    expect(runs.count).toBe(2);
  });
});
