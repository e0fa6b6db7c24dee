# Updating a leaf that requires grad in place, outside no_grad, is refused.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w)
w -= 0.1
