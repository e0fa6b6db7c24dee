# TensorDataset refuses tensors whose first dimensions differ.
import torch
from torch.utils.data import TensorDataset
ds = TensorDataset(torch.zeros(4, 2), torch.zeros(4))
print(len(ds))
TensorDataset(torch.zeros(4, 2), torch.zeros(3))
