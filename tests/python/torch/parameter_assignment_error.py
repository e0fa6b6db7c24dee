# A parameter can only be replaced by an nn.Parameter.
import torch
import torch.nn as nn

layer = nn.Linear(1, 1)
layer.weight = torch.tensor([[1.0]])
