# nn.Module state the runtime must keep: a submodule's plain tensor attribute (the submodule is registered
# only in its parent's engine module), buffers, Adam's moments, and a graph built before a loop runs.
import torch
import torch.nn as nn
torch.manual_seed(0)
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = torch.tensor(2.0) * 1
        self.fc = nn.Linear(2, 2)
    def forward(self, x):
        return self.fc(x) * self.scale
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = Block()
        self.register_buffer('offset', torch.ones(2) * 0.5)
    def forward(self, x):
        return self.block(x) + self.offset
net = Net()
opt = torch.optim.Adam(net.parameters(), lr=0.1)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for step in range(30):
    loss = (net(x) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(round(loss.item(), 4), net.block.scale, net.offset)
out = net(x)
loss = out.sum()
for j in range(3):
    torch.ones(5) * j
loss.backward()
print(net.block.fc.bias.grad)
