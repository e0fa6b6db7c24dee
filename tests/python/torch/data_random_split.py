# random_split with counts and fractions, from the default generator and from a seeded torch.Generator;
# Subset and ConcatDataset indexing; SubsetRandomSampler and a sampler given to DataLoader.
import torch
from torch.utils.data import TensorDataset, DataLoader, Subset, ConcatDataset, random_split, SubsetRandomSampler

torch.manual_seed(0)
X = torch.arange(30.0).reshape(10, 3)
y = torch.arange(10)
ds = TensorDataset(X, y)
a, b, c = random_split(ds, [5, 3, 2])
print(a.indices, b.indices, c.indices, len(a), len(b), len(c))
print(a[0], type(a).__name__, a.dataset is ds)
train, val = random_split(ds, [0.7, 0.3], generator=torch.Generator().manual_seed(42))
print(train.indices, val.indices)
parts = random_split(range(10), [0.34, 0.33, 0.33])
print([p.indices for p in parts])
print(torch.randn(2))

sub = Subset(ds, [9, 0, 4])
print(len(sub), sub[0], sub[[1, 2]])
both = ConcatDataset([sub, Subset(ds, [1])])
print(len(both), both[3][1], both[-1][1], both.cumulative_sizes)
joined = sub + sub
print(type(joined).__name__, len(joined))

for xb, yb in DataLoader(ds, batch_size=4, sampler=SubsetRandomSampler([1, 3, 5, 7, 9])):
    print(yb)
print(torch.randn(2))
g = torch.Generator()
g.manual_seed(7)
for xb, yb in DataLoader(ds, batch_size=3, shuffle=True, generator=g):
    print(yb)
print(g.initial_seed(), torch.randn(1))
