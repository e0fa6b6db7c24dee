// Which device buffers the runtime owns (DESIGN.md, "Tensor lifetime is owned by the runtime"). While a program
// runs, every buffer a new Storage wraps is recorded here with its allocation order and size, until the
// runtime releases it (./collect.ts) or the run ends. Outside a run nothing is recorded: engine code used on
// its own (tests, benchmarks) leaves memory to the JS garbage collector and the backends' finalizers.
//
// Training allocates and releases dozens of buffers a step, so the bookkeeping avoids hashing: each owned buffer
// carries its record under a private symbol, and the records sit in a log in allocation order, where "what was
// allocated since a mark" is a binary search. Released records leave the log in batches.

import type { DeviceBuffer } from '../backends/backend.ts';
import type { DType } from '../dtype.ts';
import type { Storage } from '../tensor.ts';

/** Bytes per element of the host arrays (Float64Array holds int64, Uint8Array holds bool). */
const ELEMENT_BYTES: Record<DType, number> = { float32: 4, float64: 8, int64: 8, bool: 1 };

interface Owned {
  readonly buffer: DeviceBuffer;
  /** Allocation order: larger is newer. */
  readonly order: number;
  readonly bytes: number;
  /** Every Storage over the buffer (almost always one), marked when the buffer is released. */
  readonly storages: Storage[];
  released: boolean;
}

const RECORD = Symbol('owned');
type Recorded = DeviceBuffer & { [RECORD]?: Owned | undefined };

/** Records in allocation order; released ones stay until they are half the log. */
let log: Owned[] = [];
let liveCount = 0;
let owners = 0;
let allocations = 0;
let ownedBytes = 0;

/** Records the buffer a new Storage wraps (a no-op outside a run). */
export function ownStorage(storage: Storage): void {
  if (owners === 0) return;
  const buffer = storage.buffer as Recorded;
  const entry = buffer[RECORD];
  if (entry !== undefined && !entry.released) {
    entry.storages.push(storage);
    return;
  }
  const bytes = buffer.length * ELEMENT_BYTES[buffer.dtype];
  const record: Owned = { buffer, order: ++allocations, bytes, storages: [storage], released: false };
  buffer[RECORD] = record;
  log.push(record);
  liveCount++;
  ownedBytes += bytes;
}

/** The order of the newest allocation so far: buffers allocated after this moment have a larger order. */
export function allocationMark(): number {
  return allocations;
}

/** The device memory the runtime holds right now: how many buffers, and their bytes. */
export function liveStorage(): { count: number; bytes: number } {
  return { count: liveCount, bytes: ownedBytes };
}

/** How many runs own memory at the moment (collections that span awaits run only when it is one). */
export function ownerCount(): number {
  return owners;
}

/**
 * A run starts owning the memory it allocates. The returned function ends that; when the last owner ends,
 * every buffer still owned is released, since no value of a finished run can be used again.
 */
export function beginOwnership(): () => void {
  owners++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    owners--;
    if (owners === 0) for (const buffer of ownedSince(0)) releaseBuffer(buffer);
  };
}

/** Owned buffers allocated after `mark`, oldest first. */
export function ownedSince(mark: number): DeviceBuffer[] {
  return ownedBetween(mark, Infinity);
}

/** Owned buffers allocated after `after` and no later than `upTo` (allocation marks), oldest first. */
export function ownedBetween(after: number, upTo: number): DeviceBuffer[] {
  // The first record newer than `after`: orders grow along the log.
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid]!.order > after) hi = mid;
    else lo = mid + 1;
  }
  const out: DeviceBuffer[] = [];
  for (let i = lo; i < log.length && log[i]!.order <= upTo; i++) if (!log[i]!.released) out.push(log[i]!.buffer);
  return out;
}

/** Gives an owned buffer back to its backend (pooled for reuse on the GPU; the JS heap's on the CPU). */
export function releaseBuffer(buffer: DeviceBuffer): void {
  const recorded = buffer as Recorded;
  const entry = recorded[RECORD];
  if (entry === undefined || entry.released) return;
  entry.released = true;
  recorded[RECORD] = undefined;
  liveCount--;
  ownedBytes -= entry.bytes;
  for (const storage of entry.storages) storage.released = true;
  if (log.length > 64 && liveCount < log.length / 2) log = log.filter((record) => !record.released);
  buffer.backend.release?.(buffer);
}
