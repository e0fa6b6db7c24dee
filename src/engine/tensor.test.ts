// The Tensor itself: PyTorch's view semantics (views share memory), async reads in row-major order, item().

import { describe, expect, it } from 'vitest';
import { fromValues, tensor } from './ops/creation.ts';
import { fill_ } from './ops/inplace.ts';
import { select, t } from './ops/views.ts';

describe('Tensor', () => {
  it('reads a view\'s elements in its own row-major order', async () => {
    const m = tensor([[1, 2, 3], [4, 5, 6]]);
    const mt = t(m);
    expect(mt.isContiguous()).toBe(false);
    expect(Array.from(await mt.data())).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('shares memory between a tensor, its views and detach()', async () => {
    const m = tensor([[1, 2], [3, 4]]);
    fill_(select(m, 0, 1), 9);
    expect(Array.from(await m.data())).toEqual([1, 2, 9, 9]);
    fill_(m.detach(), 0);
    expect(Array.from(await m.data())).toEqual([0, 0, 0, 0]);
  });

  it('stores int64 in a Float64Array and bool in a Uint8Array', async () => {
    expect(await fromValues([1, -2], [2], 'int64').data()).toBeInstanceOf(Float64Array);
    expect(await fromValues([1, 0], [2], 'bool').data()).toBeInstanceOf(Uint8Array);
  });

  it('item() needs exactly one element, with PyTorch 1.13\'s ValueError', async () => {
    expect(await tensor([[2.5]]).item()).toBe(2.5);
    await expect(tensor([1, 2]).item()).rejects.toMatchObject({
      pyType: 'ValueError',
      message: 'only one element tensors can be converted to Python scalars',
    });
  });
});
