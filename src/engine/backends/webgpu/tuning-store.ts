// The tuning cache (./tuning-cache.ts) in IndexedDB, which workers can reach (localStorage they cannot): one
// object store of choices by key. Every failure (no IndexedDB, a blocked or failed open, a failed request)
// rejects, which the cache's user takes as "time again".

import type { Tuned } from './tuning.ts';
import type { TuningCache } from './tuning-cache.ts';

const STORE = 'kernel-choices';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('no IndexedDB here'));
      return;
    }
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

/** Runs `work` on the store in one transaction and closes the database again. */
async function withStore<T>(name: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(name);
  try {
    return await request(work(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** Choices kept in the IndexedDB database `name` (one per origin is enough). */
export function indexedDbTuningCache(name = 'tandem-webgpu'): TuningCache {
  return {
    load: (key: string): Promise<unknown> => withStore(name, 'readonly', (store) => store.get(key)),
    save: async (key: string, tuned: Tuned): Promise<void> => {
      await withStore(name, 'readwrite', (store) => store.put(tuned, key));
    },
  };
}
