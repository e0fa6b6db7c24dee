// Which device buffers the runtime owns (DESIGN.md, "Tensor lifetime is owned by the runtime"). While a program
// runs, every buffer a new Storage wraps is recorded here with its allocation order and size, until the
// runtime releases it (./collect.ts) or the run ends. Outside a run nothing is recorded: engine code used on
// its own (tests, benchmarks) leaves memory to the JS garbage collector and the backends' finalizers.

import type { DeviceBuffer } from '../backends/backend.ts';
import type { DType } from '../dtype.ts';
import type { Storage } from '../tensor.ts';

/** Bytes per element of the host arrays (Float64Array holds int64, Uint8Array holds bool). */
const ELEMENT_BYTES: Record<DType, number> = { float32: 4, float64: 8, int64: 8, bool: 1 };

interface Owned {
  /** Allocation order: larger is newer. */
  readonly order: number;
  readonly bytes: number;
  /** Every Storage over the buffer (almost always one), marked when the buffer is released. */
  readonly storages: Storage[];
}

const owned = new Map<DeviceBuffer, Owned>();
let owners = 0;
let allocations = 0;
let ownedBytes = 0;

/** Records the buffer a new Storage wraps (a no-op outside a run). */
export function ownStorage(storage: Storage): void {
  if (owners === 0) return;
  const buffer = storage.buffer;
  const entry = owned.get(buffer);
  if (entry !== undefined) {
    entry.storages.push(storage);
    return;
  }
  const bytes = buffer.length * ELEMENT_BYTES[buffer.dtype];
  owned.set(buffer, { order: ++allocations, bytes, storages: [storage] });
  ownedBytes += bytes;
}

/** The order of the newest allocation so far: buffers allocated after this moment have a larger order. */
export function allocationMark(): number {
  return allocations;
}

/** The device memory the runtime holds right now: how many buffers, and their bytes. */
export function liveStorage(): { count: number; bytes: number } {
  return { count: owned.size, bytes: ownedBytes };
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
    if (owners === 0) for (const buffer of [...owned.keys()]) releaseBuffer(buffer);
  };
}

/** Owned buffers allocated after `mark`, oldest first. */
export function ownedSince(mark: number): DeviceBuffer[] {
  const out: DeviceBuffer[] = [];
  owned.forEach((entry, buffer) => {
    if (entry.order > mark) out.push(buffer);
  });
  return out;
}

/** Gives an owned buffer back to its backend (pooled for reuse on the GPU; the JS heap's on the CPU). */
export function releaseBuffer(buffer: DeviceBuffer): void {
  const entry = owned.get(buffer);
  if (entry === undefined) return;
  owned.delete(buffer);
  ownedBytes -= entry.bytes;
  for (const storage of entry.storages) storage.released = true;
  buffer.backend.release?.(buffer);
}
