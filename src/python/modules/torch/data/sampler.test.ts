import { describe, expect, it } from 'vitest';
import { outcomes, printed } from './testing.ts';

// Expected text is what PyTorch 1.13 printed for the same programs.
describe('samplers', () => {
  it('group indices into batches, and shuffle with their own generator or the one given', async () => {
    const out = await printed(`
import torch
from torch.utils.data import SequentialSampler, RandomSampler, BatchSampler, SubsetRandomSampler
print(list(BatchSampler(SequentialSampler(range(7)), 3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), 3, drop_last=True)), len(BatchSampler(range(7), 3, False)))
torch.manual_seed(1)
print(list(RandomSampler(range(6))), list(SubsetRandomSampler([10, 20, 30])))
print(list(RandomSampler(range(4), generator=torch.Generator().manual_seed(2))))
print(list(RandomSampler(range(3), replacement=True, num_samples=5)), torch.rand(1))
`);
    expect(out).toBe(
      '[[0, 1, 2], [3, 4, 5], [6]]\n[[0, 1, 2], [3, 4, 5]] 3\n[0, 3, 4, 1, 5, 2] [10, 20, 30]\n[0, 1, 3, 2]\n' +
        '[0, 0, 0, 2, 1] tensor([0.3971])\n',
    );
  });

  it('check their arguments with PyTorch messages', async () => {
    const out = await printed(
      outcomes('import torch\nfrom torch.utils.data import SequentialSampler, RandomSampler, BatchSampler', [
        'BatchSampler(SequentialSampler(range(3)), 0, False)',
        'BatchSampler(SequentialSampler(range(3)), 2, 1)',
        'RandomSampler(range(3), replacement=1)',
        'RandomSampler(range(0))',
      ]),
    );
    expect(out).toBe(
      'ValueError: batch_size should be a positive integer value, but got batch_size=0\n' +
        'ValueError: drop_last should be a boolean value, but got drop_last=1\n' +
        'TypeError: replacement should be a boolean value, but got replacement=1\n' +
        'ValueError: num_samples should be a positive integer value, but got num_samples=0\n',
    );
  });
});
