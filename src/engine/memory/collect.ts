// Releasing what nothing can reach. A running program registers its roots (the interpreter: module globals,
// frames, ...); a collection marks from every registered root plus the caller's own, and releases the owned
// buffers allocated after a given mark that were not reached. The mark bounds what is a candidate: values
// held only by code still running further up the JS stack were allocated before it, so they are never freed.

import type { DeviceBuffer } from '../backends/backend.ts';
import { ownedSince, ownerCount, releaseBuffer } from './ownership.ts';
import { reachableBuffers } from './reachability.ts';

/** Something that keeps values alive across collections: a running program's roots. */
export interface RootSource {
  roots(): Iterable<unknown>;
}

const sources = new Set<RootSource>();

/** Registers a run's roots; returns the function that unregisters them. */
export function addRootSource(source: RootSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

/** Releases the candidates that `roots` do not reach; returns how many. */
export function releaseUnreached(candidates: readonly DeviceBuffer[], roots: readonly unknown[]): number {
  if (candidates.length === 0) return 0;
  const reached: Set<DeviceBuffer> = reachableBuffers(roots);
  let count = 0;
  for (const buffer of candidates) {
    if (!reached.has(buffer)) {
      releaseBuffer(buffer);
      count++;
    }
  }
  return count;
}

/**
 * Releases the owned buffers allocated after `after` that neither the registered roots nor `keep` reach, and
 * returns how many. When several runs own memory at once (their code interleaves at awaits), another run's
 * temporaries could be among the candidates, so nothing is released then.
 */
export function releaseUnreachable(after: number, keep: Iterable<unknown> = []): number {
  if (ownerCount() !== 1) return 0;
  const candidates = ownedSince(after);
  if (candidates.length === 0) return 0;
  const roots: unknown[] = [...keep];
  for (const source of sources) roots.push(...source.roots());
  return releaseUnreached(candidates, roots);
}
