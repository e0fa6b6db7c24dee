# PyTorch, unlike NumPy, refuses slices that step backwards.
import torch

t = torch.arange(5)
print(t.flip(0))
print(t[::-1])
