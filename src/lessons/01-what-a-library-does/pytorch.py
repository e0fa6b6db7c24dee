# Three jobs a deep-learning library does for you, in PyTorch.
import torch

# 1. Math on whole arrays at once: one @ multiplies two matrices.
inputs = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
weights = torch.tensor([[0.5], [-1.0]])
print("inputs @ weights =", inputs @ weights)

# 2. Gradients, found for you. requires_grad=True tells PyTorch to record
#    every operation done with x, so it can work backwards through them.
x = torch.tensor(3.0, requires_grad=True)
y = x * x + 2 * x        # y = x² + 2x
y.backward()             # walks the record backwards and stores dy/dx in x.grad
print("y at x=3:", y.item())
print("dy/dx at x=3:", x.grad.item())

# 3. Ready-made parts: a layer of neurons whose weights are already set up.
torch.manual_seed(0)
layer = torch.nn.Linear(2, 1)
print("a Linear layer turns shape", list(inputs.shape), "into", list(layer(inputs).shape))
