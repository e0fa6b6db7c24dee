import { describe, expect, it } from 'vitest';
import { outcomes, printed } from './testing.ts';

// Expected text is what PyTorch 1.13's default_collate printed for the same batches.
describe('default_collate', () => {
  it('stacks tensors, makes int64/float64/bool tensors of numbers, and collates tuples into lists', async () => {
    const out = await printed(`
import torch
from torch.utils.data import default_collate
print(default_collate([(1, 2.0), (3, 4.5)]))
print(default_collate([[torch.tensor(1), 2], [torch.tensor(3), 4]]))
print(default_collate([True, False]), default_collate([1, 2.5]), default_collate(['a', 'b']))
print(default_collate([{'x': torch.ones(2), 'y': 1}, {'x': torch.zeros(2), 'y': 0}]))
`);
    expect(out).toBe(
      '[tensor([1, 3]), tensor([2.0000, 4.5000], dtype=torch.float64)]\n' +
        '[tensor([1, 3]), tensor([2, 4])]\n' +
        "tensor([ True, False]) tensor([1.0000, 2.5000]) ['a', 'b']\n" +
        "{'x': tensor([[1., 1.],\n        [0., 0.]]), 'y': tensor([1, 0])}\n",
    );
  });

  it('fails on what it cannot batch with PyTorch messages', async () => {
    const out = await printed(
      outcomes('import torch\nfrom torch.utils.data import default_collate', [
        'default_collate([None, None])',
        'default_collate([(1, 2), (3,)])',
        'default_collate([])',
        'default_collate([torch.zeros(2), torch.zeros(3)])',
      ]),
    );
    expect(out).toBe(
      "TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class 'NoneType'>\n" +
        'RuntimeError: each element in list of batch should be of equal size\n' +
        'IndexError: list index out of range\n' +
        'RuntimeError: stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1\n',
    );
  });
});
