// When a collection is worth its walk. Marking visits everything a program can reach, so collecting after every
// statement or epoch would cost more than the work itself in small programs; instead a collection waits until
// live memory has grown enough since the last one: at least a floor, and more when much is live, so memory grows
// at most about twofold between collections and marking stays a bounded share of the work (a generational GC's
// rule).

import { allocationMark, liveStorage } from './ownership.ts';

/** Growth between collections at least, in buffers and in bytes; more when much is live. */
const MIN_BUFFERS = 256;
const MIN_BYTES = 16 * 1024 * 1024;

export class CollectionBudget {
  private lastMark = allocationMark();
  private countAtLast = liveStorage().count;
  private bytesAtLast = liveStorage().bytes;
  private bufferGrowth = MIN_BUFFERS;
  private byteGrowth = MIN_BYTES;

  /** Whether anything was allocated since the last collection. */
  hasAllocated(): boolean {
    return allocationMark() !== this.lastMark;
  }

  /** Whether enough is live beyond what the last collection left (never when nothing was allocated since).
   *  Growth, not allocations, is what counts: memory training steps freed themselves (steps.ts) needs no walk. */
  due(): boolean {
    if (!this.hasAllocated()) return false;
    const live = liveStorage();
    return live.count - this.countAtLast >= this.bufferGrowth || live.bytes - this.bytesAtLast >= this.byteGrowth;
  }

  /** A collection just ran: the next waits for as much again as is live now. */
  collected(): void {
    const live = liveStorage();
    this.lastMark = allocationMark();
    this.countAtLast = live.count;
    this.bytesAtLast = live.bytes;
    this.bufferGrowth = Math.max(MIN_BUFFERS, live.count);
    this.byteGrowth = Math.max(MIN_BYTES, live.bytes);
  }
}
