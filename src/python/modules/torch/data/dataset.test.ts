import { describe, expect, it } from 'vitest';
import { outcomes, printed } from './testing.ts';

// Expected text is what PyTorch 1.13 printed for the same programs.
describe('Dataset, TensorDataset, Subset, ConcatDataset and random_split', () => {
  it('runs a learner-written Dataset through its own __len__ and __getitem__', async () => {
    const out = await printed(`
import torch
from torch.utils.data import Dataset, DataLoader
class Parity(Dataset):
    def __len__(self):
        return 5
    def __getitem__(self, i):
        return torch.tensor([float(i)]), i % 2
for xb, yb in DataLoader(Parity(), batch_size=2):
    print(xb.flatten(), yb)
`);
    expect(out).toBe('tensor([0., 1.]) tensor([0, 1])\ntensor([2., 3.]) tensor([0, 1])\ntensor([4.]) tensor([0])\n');
  });

  it('indexes subsets and concatenations through to the dataset', async () => {
    const out = await printed(`
import torch
from torch.utils.data import TensorDataset, Subset, ConcatDataset
ds = TensorDataset(torch.arange(10) * 2)
sub = Subset(ds, [9, 0, 4])
both = ConcatDataset([sub, Subset(ds, [1])])
print(len(sub), sub[0], sub[[1, 2]], ds.tensors[0][:3])
print(len(both), both[3], both[-2], both.cumulative_sizes, type(sub + sub).__name__)
`);
    expect(out).toBe('3 (tensor(18),) (tensor([0, 8]),) tensor([0, 2, 4])\n4 (tensor(2),) (tensor(8),) [3, 4] ConcatDataset\n');
  });

  it('splits with the default generator, a seeded Generator, and fractions', async () => {
    const out = await printed(`
import torch
from torch.utils.data import TensorDataset, random_split
torch.manual_seed(0)
ds = TensorDataset(torch.arange(10))
a, b = random_split(ds, [7, 3])
print(a.indices, b.indices)
train, val = random_split(ds, [0.7, 0.3], generator=torch.Generator().manual_seed(42))
print(train.indices, val.indices)
print([p.indices for p in random_split(range(10), [0.34, 0.33, 0.33])])
`);
    expect(out).toBe('[4, 1, 7, 5, 3, 9, 0] [8, 6, 2]\n[2, 6, 1, 8, 4, 5, 0] [9, 3, 7]\n[[3, 9, 4, 2], [7, 8, 6], [0, 5, 1]]\n');
  });

  it('fails as PyTorch does on bad sizes, lengths and the bare Dataset', async () => {
    const out = await printed(
      outcomes('import torch\nfrom torch.utils.data import TensorDataset, Dataset, random_split\nds = TensorDataset(torch.zeros(5, 2))', [
        'TensorDataset(torch.zeros(4, 2), torch.zeros(3))',
        'Dataset()[0]',
        'len(Dataset())',
        'random_split(ds, [2, 2])',
        'random_split(ds, [1.5, -0.5])',
      ]),
    );
    expect(out).toBe(
      'AssertionError: Size mismatch between tensors\n' +
        'NotImplementedError: \n' +
        "TypeError: object of type 'Dataset' has no len()\n" +
        'ValueError: Sum of input lengths does not equal the length of the input dataset!\n' +
        'ValueError: Fraction at index 0 is not between 0 and 1\n',
    );
  });
});
