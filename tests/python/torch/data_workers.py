# num_workers > 0 loads in-process in Tandem, in the same order and with the same default-generator draws as
# PyTorch's worker processes; RandomSampler with replacement; iterating one epoch partly, then another.
import torch
from torch.utils.data import TensorDataset, DataLoader, RandomSampler, SequentialSampler, BatchSampler

torch.manual_seed(3)
ds = TensorDataset(torch.arange(12).float().unsqueeze(1), torch.arange(12))
for _, yb in DataLoader(ds, batch_size=5, shuffle=True, num_workers=2):
    print(yb)
print(torch.rand(2))
for _, yb in DataLoader(ds, batch_size=4, sampler=RandomSampler(ds, replacement=True, num_samples=40)):
    print(yb)
print(torch.rand(2))
it = iter(DataLoader(ds, batch_size=6, shuffle=True))
print(next(it)[1])
print(torch.rand(1))
print(next(it)[1])
print(list(BatchSampler(SequentialSampler(range(7)), 3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), 3, drop_last=True)))
print(len(RandomSampler(ds)), list(SequentialSampler(ds))[:4])
for _, yb in DataLoader(ds, batch_sampler=BatchSampler(RandomSampler(ds), 5, False)):
    print(yb)
print(torch.rand(2))
