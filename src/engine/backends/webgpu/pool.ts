// GPU buffers recycled by size bucket. Creating a GPUBuffer is expensive and training allocates the same sizes
// every step, so a buffer whose tensor is gone goes back to a free list for the next tensor of its bucket.
//
// Reuse must respect queue order: a freed buffer may still be read by a dispatch that is recorded but not yet
// submitted, and queue.writeBuffer (used for uploads) runs before that submit. So a released buffer waits in
// `pending` until the batch that might use it has been submitted; only then is it free.

const MIN_BUCKET = 16;
const FREE_BYTES_CAP = 256 * 1024 * 1024;

/** The byte size a request is served with: powers of two, then quarter steps above 1 MiB to bound waste. */
export function bucketSize(bytes: number): number {
  const wanted = Math.max(MIN_BUCKET, bytes);
  const pow = 2 ** Math.ceil(Math.log2(wanted));
  if (pow <= 1024 * 1024) return pow;
  const step = pow / 8;
  return Math.ceil(wanted / step) * step;
}

export interface PoolMemory {
  /** GPU buffers that hold a tensor (or an in-flight temporary) right now. */
  readonly liveBuffers: number;
  readonly liveBytes: number;
  /** Every GPU buffer the pool owns: live, free and waiting for a submit. */
  readonly totalBuffers: number;
  readonly totalBytes: number;
}

export class BufferPool {
  private readonly free = new Map<number, GPUBuffer[]>();
  private pending: GPUBuffer[] = [];
  private live = 0;
  private liveBytes = 0;
  private total = 0;
  private totalBytes = 0;
  private freeBytes = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly usage: GPUBufferUsageFlags,
  ) {}

  acquire(bytes: number): GPUBuffer {
    const size = bucketSize(bytes);
    const reused = this.free.get(size)?.pop();
    this.live++;
    this.liveBytes += size;
    if (reused !== undefined) {
      this.freeBytes -= size;
      return reused;
    }
    this.total++;
    this.totalBytes += size;
    return this.device.createBuffer({ size, usage: this.usage });
  }

  /** Gives a buffer back; it becomes reusable after the next submit (or now, when `submitted` says nothing
   *  recorded is waiting). */
  release(buffer: GPUBuffer, submitted: boolean): void {
    this.live--;
    this.liveBytes -= buffer.size;
    if (submitted) this.makeFree(buffer);
    else this.pending.push(buffer);
  }

  /** Called after each queue submit: everything released before it may be reused. */
  submitted(): void {
    const ready = this.pending;
    this.pending = [];
    for (const buffer of ready) this.makeFree(buffer);
  }

  memory(): PoolMemory {
    return { liveBuffers: this.live, liveBytes: this.liveBytes, totalBuffers: this.total, totalBytes: this.totalBytes };
  }

  private makeFree(buffer: GPUBuffer): void {
    // Past the cap, destroy instead of keeping: destroy() waits for submitted work that still uses the buffer.
    if (this.freeBytes + buffer.size > FREE_BYTES_CAP) {
      this.total--;
      this.totalBytes -= buffer.size;
      buffer.destroy();
      return;
    }
    const list = this.free.get(buffer.size);
    if (list === undefined) this.free.set(buffer.size, [buffer]);
    else list.push(buffer);
    this.freeBytes += buffer.size;
  }
}
