# Assigning a layer before super().__init__() fails with PyTorch's message.
import torch.nn as nn

class Broken(nn.Module):
    def __init__(self):
        self.linear = nn.Linear(1, 1)
        super().__init__()

Broken()
