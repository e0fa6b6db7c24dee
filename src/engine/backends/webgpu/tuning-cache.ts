// Kernel shapes chosen by timing (./tuning.ts) take one to four seconds on SwiftShader at every worker start,
// and the answer only depends on the adapter: so the choice is stored per adapter, and a later start on the same
// adapter takes it instead of timing again. The key names the adapter, the browser (a new browser may run the
// kernels differently) and the candidates' version; a stored choice that is missing, unreadable, not a valid
// choice, or fails to load or save for any reason, simply means timing again.

import type { AdapterDescription } from './backend.ts';
import type { MatmulVariant, ReduceVariant } from './gpu.ts';
import { TUNING_VERSION, type Tuned } from './tuning.ts';

/** Where choices are kept between starts (IndexedDB in the worker: ./tuning-store.ts). */
export interface TuningCache {
  load(key: string): Promise<unknown>;
  save(key: string, tuned: Tuned): Promise<void>;
}

/** What a stored choice is looked up by. */
export function tuningKey(adapter: AdapterDescription, browser: string): string {
  const { vendor, architecture, description } = adapter;
  return JSON.stringify({ version: TUNING_VERSION, vendor, architecture, description, browser });
}

const MATMUL: readonly MatmulVariant[] = ['blocked', 'blocked-vec4', 'tiled'];
const REDUCE: readonly ReduceVariant[] = ['tree', 'split'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPositiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** A stored value as a choice the backend can apply, or null when it is not one. */
export function asTuned(value: unknown): Tuned | null {
  if (!isRecord(value) || !isRecord(value.matmul) || !Array.isArray(value.timings)) return null;
  const { aligned, general, vec4Block } = value.matmul;
  const variants = MATMUL.includes(aligned as MatmulVariant) && (general === 'blocked' || general === 'tiled');
  const block = Array.isArray(vec4Block) && vec4Block.length === 2 && vec4Block.every(isPositiveInteger);
  if (!variants || !block || !isPositiveInteger(value.threadCap) || !REDUCE.includes(value.reduce as ReduceVariant)) return null;
  const timings = value.timings.filter((t): t is { candidate: string; ms: number } => isRecord(t) && typeof t.candidate === 'string' && typeof t.ms === 'number');
  return {
    matmul: { aligned: aligned as MatmulVariant, general, vec4Block: [vec4Block[0] as number, vec4Block[1] as number] },
    threadCap: value.threadCap,
    reduce: value.reduce as ReduceVariant,
    timings,
  };
}

export interface Choice {
  readonly tuned: Tuned;
  /** Whether it came from the cache (no timing ran). */
  readonly cached: boolean;
}

/** The stored choice for `key`, or else `measure()`'s, which is then stored. Cache failures never surface. */
export async function chooseTuning(cache: TuningCache, key: string, measure: () => Promise<Tuned>): Promise<Choice> {
  let stored: Tuned | null = null;
  try {
    stored = asTuned(await cache.load(key));
  } catch {
    // Unreadable: time again.
  }
  if (stored !== null) return { tuned: stored, cached: true };
  const tuned = await measure();
  try {
    await cache.save(key, tuned);
  } catch {
    // Not stored: the next start times again.
  }
  return { tuned, cached: false };
}
