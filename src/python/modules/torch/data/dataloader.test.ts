import { describe, expect, it } from 'vitest';
import { outcomes, printed } from './testing.ts';

// Expected text is what PyTorch 1.13 (Debian python3-torch) printed for the same programs.
describe('torch.utils.data.DataLoader', () => {
  it('is importable every way learners write it', async () => {
    const out = await printed(`
import torch
import torch.utils.data as data
from torch.utils import data as data2
from torch.utils.data import DataLoader
print(data is data2, torch.utils.data.DataLoader is DataLoader, DataLoader)
`);
    expect(out).toBe("True True <class 'torch.utils.data.dataloader.DataLoader'>\n");
  });

  it('draws its base seed at iter() and the sampler seed at the first batch, from the default generator', async () => {
    const out = await printed(`
import torch
import torch.utils.data as data
torch.manual_seed(42)
it = iter(data.DataLoader(data.TensorDataset(torch.arange(6)), batch_size=4, shuffle=True))
print(torch.randn(1))
print(next(it))
print(torch.randn(1))
`);
    expect(out).toBe('tensor([0.4740])\n[tensor([4, 5, 1, 2])]\ntensor([0.1978])\n');
  });

  it('batches in order without shuffle, keeps or drops the short last batch, and counts batches', async () => {
    const out = await printed(`
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(7) * 10)
print(len(DataLoader(ds, batch_size=3)), [b[0].tolist() for b in DataLoader(ds, batch_size=3)])
print(len(DataLoader(ds, batch_size=3, drop_last=True)), [b[0].tolist() for b in DataLoader(ds, batch_size=3, drop_last=True)])
print(len(DataLoader(ds, batch_size=None)), list(DataLoader(ds, batch_size=None))[-1])
`);
    expect(out).toBe('3 [[0, 10, 20], [30, 40, 50], [60]]\n2 [[0, 10, 20], [30, 40, 50]]\n7 [tensor(60)]\n');
  });

  it('rejects conflicting options with PyTorch messages, and attribute changes after construction', async () => {
    const out = await printed(
      outcomes(
        `import torch
from torch.utils.data import TensorDataset, DataLoader, SequentialSampler, BatchSampler
ds = TensorDataset(torch.zeros(5, 2))
loader = DataLoader(ds, batch_size=2)`,
        [
          "setattr(loader, 'batch_size', 3)",
          'DataLoader(ds, sampler=SequentialSampler(ds), shuffle=True)',
          'DataLoader(ds, batch_size=None, drop_last=True)',
          'DataLoader(ds, num_workers=-1)',
          'DataLoader(ds, persistent_workers=True)',
          'DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False), batch_size=3)',
          'DataLoader(ds, shufle=True)',
        ],
      ),
    );
    expect(out).toBe(
      [
        'ValueError: batch_size attribute should not be set after DataLoader is initialized',
        'ValueError: sampler option is mutually exclusive with shuffle',
        'ValueError: batch_size=None option disables auto-batching and is mutually exclusive with drop_last',
        'ValueError: num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.',
        'ValueError: persistent_workers option needs num_workers > 0',
        'ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last',
        "TypeError: DataLoader.__init__() got an unexpected keyword argument 'shufle'",
        '',
      ].join('\n'),
    );
  });

  it('says plainly what needs worker processes', async () => {
    const out = await printed(
      outcomes('import torch\nfrom torch.utils.data import TensorDataset, DataLoader\nds = TensorDataset(torch.zeros(4))', [
        'DataLoader(ds, num_workers=2, worker_init_fn=print)',
        "DataLoader(ds, multiprocessing_context='spawn')",
      ]),
    );
    expect(out).toBe(
      'NotImplementedError: DataLoader(worker_init_fn=...) is not supported in Tandem: there are no worker processes\n' +
        'ValueError: multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0\n',
    );
  });

  it('calls a collate_fn set after construction', async () => {
    const out = await printed(`
import torch
from torch.utils.data import TensorDataset, DataLoader
loader = DataLoader(TensorDataset(torch.zeros(5, 2)), batch_size=2)
loader.collate_fn = lambda b: len(b)
print(list(loader))
`);
    expect(out).toBe('[2, 2, 1]\n');
  });
});
