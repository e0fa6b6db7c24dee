// Dataset-sized arrays must not go through argument spreading anywhere (a browser worker's stack is small):
// maxOf/minOf loop, and a million-element array converts, prints and reduces.

import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extremes.ts';
import { runCollecting } from './runForTest.ts';

describe('maxOf / minOf', () => {
  it('take the extremes of arrays too long to spread into Math.max', () => {
    const values = Float64Array.from({ length: 3_000_000 }, (_, i) => i % 1000);
    values[1_234_567] = 5000;
    values[42] = -3;
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect([maxOf(values), minOf(values)]).toEqual([5000, -3]);
  });

  it('give the empty value for no values, and NaN when one is NaN', () => {
    expect([maxOf([], -1), minOf([])]).toEqual([-1, Infinity]);
    expect(maxOf([1, NaN, 3])).toBeNaN();
  });
});

describe('a million-element array', () => {
  it('goes from NumPy to torch, prints summarised, and reduces', async () => {
    const run = await runCollecting(`
import numpy as np
import torch
a = np.arange(1_000_000) % 1000
t = torch.tensor(a, dtype=torch.float32)
print(t.shape, t.max(), a.max())
print(np.bincount(a)[:3])
`);
    expect(run.error).toBeNull();
    expect(run.stdout).toBe('torch.Size([1000000]) tensor(999.) 999\n[1000 1000 1000]\n');
  });
});
