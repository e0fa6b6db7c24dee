// How views are flattened into kernel shape classes before a dispatch (runs in Node; no GPU needed).

import { describe, expect, it } from 'vitest';
import { coalesce, isDenseRun, Params } from './layout.ts';

describe('coalesce', () => {
  it('walks a contiguous tensor of any rank as one run', () => {
    expect(coalesce([2, 3, 4], [[12, 4, 1]])).toEqual({ shape: [24], strides: [[1]] });
  });

  it('keeps a broadcast dim apart from the dims it cannot merge with', () => {
    // (64, 128) + bias (128,) broadcast along rows: the bias has stride 0 on dim 0.
    expect(coalesce([64, 128], [[128, 1], [0, 1]])).toEqual({ shape: [64, 128], strides: [[128, 1], [0, 1]] });
  });

  it('drops size-1 dims and merges what is left', () => {
    expect(coalesce([1, 5, 1, 6], [[30, 6, 6, 1]])).toEqual({ shape: [30], strides: [[1]] });
  });

  it('leaves a transpose as two dims', () => {
    expect(coalesce([3, 4], [[1, 3]])).toEqual({ shape: [3, 4], strides: [[1, 3]] });
  });

  it('keeps negative strides (flip) and merges runs of them', () => {
    expect(coalesce([2, 3], [[-3, -1]])).toEqual({ shape: [6], strides: [[-1]] });
  });

  it('gives a scalar one element with stride 0', () => {
    expect(coalesce([], [[]])).toEqual({ shape: [1], strides: [[0]] });
  });

  it('refuses more non-mergeable dims than the kernels are compiled for', () => {
    const shape = [2, 2, 2, 2, 2, 2, 2];
    const strides = [128, 32, 8, 2, 512, 1024, 4096];
    expect(() => coalesce(shape, [strides])).toThrow('at most 6');
  });
});

describe('isDenseRun', () => {
  it('is a single stride-1 dim', () => {
    expect(isDenseRun([1])).toBe(true);
    expect(isDenseRun([0])).toBe(false);
    expect(isDenseRun([4, 1])).toBe(false);
  });
});

describe('Params', () => {
  it('packs u32, i32 and f32 as the 32-bit words WGSL reads, returning each one\'s index', () => {
    const p = new Params();
    expect(p.u32(7)).toBe(0);
    expect(p.i32(-2)).toBe(1);
    expect(p.f32(1.5)).toBe(2);
    expect(p.list([3, 4], 'u32')).toBe(3);
    expect(Array.from(p.toArray())).toEqual([7, 0xfffffffe, 0x3fc00000, 3, 4]);
  });
});
