# DataLoader names the argument it does not take.
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.zeros(4, 2))
print(len(DataLoader(ds, batch_size=3)))
DataLoader(ds, batch_size=2, shufle=True)
