# PyTorch: a model object holds the weights; we write the training loop.
import torch
import torch.nn as nn

torch.manual_seed(0)

# Five points on the line y = 2x + 1, one row per example
x = torch.tensor([[-1.0], [0.0], [1.0], [2.0], [3.0]])
y = torch.tensor([[-1.0], [1.0], [3.0], [5.0], [7.0]])

# One Linear neuron holds w and b for us
model = nn.Linear(1, 1)

loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(100):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()

print(f"w = {model.weight.item():.3f}, b = {model.bias.item():.3f}, loss = {loss.item():.5f}")
