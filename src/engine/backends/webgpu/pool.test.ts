// The GPU buffer pool's bookkeeping, with a stand-in device (runs in Node; no GPU needed).

import { describe, expect, it } from 'vitest';
import { BufferPool, bucketSize } from './pool.ts';

interface FakeBuffer {
  readonly size: number;
  destroyed: boolean;
  destroy(): void;
}

function fakeDevice(): { device: GPUDevice; created: FakeBuffer[] } {
  const created: FakeBuffer[] = [];
  const createBuffer = ({ size }: GPUBufferDescriptor): FakeBuffer => {
    const buffer: FakeBuffer = {
      size,
      destroyed: false,
      destroy() {
        this.destroyed = true;
      },
    };
    created.push(buffer);
    return buffer;
  };
  return { device: { createBuffer } as unknown as GPUDevice, created };
}

describe('bucketSize', () => {
  it('rounds small requests up to powers of two, at least 16 bytes', () => {
    expect([1, 16, 17, 1000, 4096].map(bucketSize)).toEqual([16, 16, 32, 1024, 4096]);
  });

  it('rounds past 1 MiB to eighths of the next power of two, so waste stays under 12.5%', () => {
    const mib = 1024 * 1024;
    expect(bucketSize(mib + 1)).toBe(mib + mib / 4);
    expect(bucketSize(3 * mib)).toBe(3 * mib);
    expect(bucketSize(3 * mib + 1)).toBe(3.5 * mib);
  });
});

describe('BufferPool', () => {
  it('reuses a released buffer of the same bucket only after the next submit', () => {
    const { device, created } = fakeDevice();
    const pool = new BufferPool(device, 0);
    const a = pool.acquire(100);
    pool.release(a, false);
    const b = pool.acquire(100);
    expect(b).not.toBe(a);
    pool.submitted();
    expect(pool.acquire(120)).toBe(a);
    expect(created).toHaveLength(2);
  });

  it('frees at once when nothing recorded is waiting for a submit', () => {
    const { device } = fakeDevice();
    const pool = new BufferPool(device, 0);
    const a = pool.acquire(64);
    pool.release(a, true);
    expect(pool.acquire(64)).toBe(a);
  });

  it('counts live and total buffers and bytes', () => {
    const { device } = fakeDevice();
    const pool = new BufferPool(device, 0);
    const a = pool.acquire(100);
    pool.acquire(1000);
    pool.release(a, true);
    expect(pool.memory()).toEqual({ liveBuffers: 1, liveBytes: 1024, totalBuffers: 2, totalBytes: 1152 });
  });

  it('destroys released buffers instead of keeping more than 256 MiB free', () => {
    const { device, created } = fakeDevice();
    const pool = new BufferPool(device, 0);
    const big = Array.from({ length: 5 }, () => pool.acquire(64 * 1024 * 1024));
    for (const b of big) pool.release(b, true);
    expect(created.filter((b) => b.destroyed)).toHaveLength(1);
    expect(pool.memory().totalBuffers).toBe(4);
  });
});
