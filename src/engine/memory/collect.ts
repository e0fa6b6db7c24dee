// Releasing what nothing can reach. A running program registers its roots (the interpreter: module globals,
// frames, ...); a collection marks from every registered root plus the caller's own, and releases the owned
// buffers allocated after a given mark that were not reached. The mark bounds what is a candidate: values
// held only by code still running further up the JS stack were allocated before it, so they are never freed.

import type { DeviceBuffer } from '../backends/backend.ts';
import { allocationMark, ownedSince, ownerCount, releaseBuffer } from './ownership.ts';
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

function release(after: number, keep: Iterable<unknown>, withSources: boolean): number {
  const candidates = ownedSince(after);
  if (candidates.length === 0) return 0;
  const roots: unknown[] = [...keep];
  if (withSources) for (const source of sources) roots.push(...source.roots());
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
  return release(after, keep, true);
}

/**
 * Runs `body` (synchronous: one training step) and then releases what it allocated that neither `keep()` nor
 * its result reach: the step's activations, gradients and temporaries (TF.js' tidy). Being synchronous, nothing
 * else allocates meanwhile, so this is safe even with several runs. And no Python code runs in it (the
 * interpreter is asynchronous), so the only places a new tensor can have been stored are the engine objects
 * the body was given: `keep()` must name those (the model, its optimizer, running totals). The registered
 * roots need no walk, which is what makes a step's collection cheap.
 */
export function tidy<T>(keep: () => Iterable<unknown>, body: () => T): T {
  if (ownerCount() === 0) return body();
  const mark = allocationMark();
  const result = body();
  release(mark, [...keep(), result], false);
  return result;
}
