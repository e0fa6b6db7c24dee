# Learner-written Datasets and what default_collate makes of their samples: tuples become lists, ints int64,
# floats float64, dicts dicts, strings lists; batch_size=None, drop_last, a custom collate_fn.
import torch
from torch.utils.data import Dataset, DataLoader, default_collate
import torch.utils.data as data

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return {'x': torch.tensor([float(i), float(i * i)]), 'label': i % 3, 'weight': 0.5 * i, 'name': 'item%d' % i}

ds = Squares(7)
loader = DataLoader(ds, batch_size=3)
print(len(loader), loader.batch_size, loader.drop_last, type(loader.dataset).__name__, len(loader.dataset))
for batch in loader:
    print(batch['x'], batch['label'], batch['weight'], batch['name'])
    print(batch['label'].dtype, batch['weight'].dtype)

print(len(DataLoader(ds, batch_size=3, drop_last=True)))
for batch in DataLoader(ds, batch_size=3, drop_last=True):
    print(batch['label'])

class Pairs(data.Dataset):
    def __len__(self):
        return 5
    def __getitem__(self, i):
        return torch.full((2,), float(i)), [i, True]

for xb, (ib, bb) in DataLoader(Pairs(), batch_size=2):
    print(xb, ib, bb)

for sample in DataLoader(Pairs(), batch_size=None):
    print(sample)
    break

def stack_sum(batch):
    return sum(x.sum() for x, _ in batch)

print([t.item() for t in DataLoader(Pairs(), batch_size=2, collate_fn=stack_sum)])
print(default_collate([(1, 2.0), (3, 4.5)]))
print(default_collate([[torch.tensor(1), 2], [torch.tensor(3), 4]]))
print(next(iter(DataLoader(Pairs(), batch_size=4)))[0].shape)
for i, (xb, _) in enumerate(DataLoader(Pairs(), batch_size=2)):
    print(i, xb.shape)
print(loader.collate_fn is default_collate, data.get_worker_info())
