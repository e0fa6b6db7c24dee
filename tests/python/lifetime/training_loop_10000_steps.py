# A long PyTorch training loop: the runtime must release each step's tensors (forward activations, the loss,
# its graph, gradients) so memory stays flat however many steps run.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(32, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]]) + 0.3

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
losses = []
for step in range(10000):
    loss = loss_fn(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    if step % 1000 == 999:
        print(f"step {step + 1}: loss {loss.item():.6f}")

print(len(losses), [round(v, 3) for v in losses[:3]])
print(model.weight.data, model.bias.data)
