# DataLoader over a TensorDataset: the shuffled order, a custom Dataset, random_split, and randn after epochs
# (the default generator moves exactly as in PyTorch).
import torch
from torch.utils.data import TensorDataset, DataLoader, Dataset, random_split
torch.manual_seed(42)
X = torch.randn(100, 3); y = X @ torch.tensor([[1.5], [-2.0], [0.7]]) + 0.3
ds = TensorDataset(X, y)
loader = DataLoader(ds, batch_size=20, shuffle=True)
for epoch in range(2):
    for xb, yb in loader:
        print(xb.shape, yb.shape, xb[0], yb[:3].flatten())
print(len(loader), len(ds), ds[0])
print(torch.randn(3))
class MyData(Dataset):
    def __init__(self):
        self.n = 10
    def __len__(self): return self.n
    def __getitem__(self, i): return torch.tensor([float(i)]), i % 2
loader2 = DataLoader(MyData(), batch_size=4, shuffle=True)
for b in loader2:
    print(type(b).__name__, b)
print(len(loader2))
train, val = random_split(ds, [80, 20])
print(len(train), len(val), train.indices[:10], val.indices[:5])
print(torch.randn(2))
