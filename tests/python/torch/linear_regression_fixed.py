# The seed's regression program with its weights fixed, so Tandem and PyTorch must agree number for number.
import torch
import torch.nn as nn

x = torch.tensor([[1.0],[2.0],[3.0],[4.0],[5.0]])
y = torch.tensor([[2.0],[4.0],[6.0],[8.0],[10.0]])

class SimpleModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1,1)

    def forward(self, x):
        return self.linear(x)

model = SimpleModel()
model.linear.weight = nn.Parameter(torch.tensor([[0.3]]))
model.linear.bias = nn.Parameter(torch.tensor([-0.2]))
print(model)

criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)

losses = []
for epoch in range(200):
    optimizer.zero_grad()
    output = model(x)
    loss = criterion(output, y)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    if epoch % 40 == 0:
        print(epoch, loss)

print(len(losses))
print(round(losses[-1], 4))
print(model.linear.weight)
print(model.linear.bias)
print(model(torch.tensor([[10.0]])))
