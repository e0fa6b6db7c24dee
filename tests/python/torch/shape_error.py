# A shape mismatch stops the program with PyTorch's own message.
import torch
import torch.nn as nn

model = nn.Linear(2, 1)
x = torch.tensor([[1.0], [2.0]])
print("before")
print(model(x))
print("never printed")
