// Releasing what training steps allocate (Keras fit). A step is synchronous engine code in which no Python runs,
// so a tensor it allocated can only be held afterwards by the objects it was given (model, optimizer, running
// totals): a walk from those alone tells what to keep, and the rest of the step's buffers are garbage (TF.js'
// tidy). For a tiny model that walk costs as much as the step itself, so steps are released in windows: each
// step's allocations are noted as a range of allocation order (nothing else can allocate during a synchronous
// step, even with several runs, and what runs between steps is never a candidate), and walked once the steps
// since the last walk have allocated enough to matter: after every step of a real model, every few steps of the
// seed's one-weight regression.

import { releaseUnreached } from './collect.ts';
import { allocationMark, liveStorage, ownedBetween, ownerCount } from './ownership.ts';
import type { DeviceBuffer } from '../backends/backend.ts';

/** A window is walked once its steps have allocated this many buffers, or grown live memory by this much. */
const WINDOW_BUFFERS = 64;
const WINDOW_BYTES = 1024 * 1024;

export class StepReleases {
  /** Allocation-order ranges (after, upTo] of the steps not yet walked. */
  private ranges: [number, number][] = [];
  private buffers = 0;
  private bytes = 0;

  /** The objects a step can store a new tensor into; all of them are walked. */
  constructor(private readonly keep: () => readonly unknown[]) {}

  /** Runs one step (synchronous) and notes what it allocated; walks the window when it is full. */
  step(body: () => void): void {
    if (ownerCount() === 0) {
      body();
      return;
    }
    const from = allocationMark();
    const bytesBefore = liveStorage().bytes;
    body();
    const to = allocationMark();
    if (to === from) return;
    this.ranges.push([from, to]);
    this.buffers += to - from;
    this.bytes += liveStorage().bytes - bytesBefore;
    if (this.buffers >= WINDOW_BUFFERS || this.bytes >= WINDOW_BYTES) this.release();
  }

  /**
   * Releases what the noted steps allocated that the kept objects no longer reach. Call it before code that
   * could take hold of a step's tensors without them (Python callbacks), and when training ends.
   */
  release(): void {
    if (this.ranges.length === 0) return;
    const candidates: DeviceBuffer[] = [];
    for (const [after, upTo] of this.ranges) candidates.push(...ownedBetween(after, upTo));
    this.ranges = [];
    this.buffers = 0;
    this.bytes = 0;
    releaseUnreached(candidates, this.keep());
  }
}
