# print(model) and parameters() for a user-defined Module holding several layers.
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 3)
        self.out = nn.Linear(3, 1)
        self.scale = 2.0

    def forward(self, x):
        return self.out(torch.sigmoid(self.hidden(x))) * self.scale

net = Net()
print(net)
params = list(net.parameters())
print(len(params))
for p in params:
    print(p.shape)
print(nn.Linear(4, 2, bias=False))
print(nn.MSELoss())
print(nn.BCEWithLogitsLoss())
net.hidden.weight = nn.Parameter(torch.tensor([[0.1, 0.2], [-0.3, 0.4], [0.5, -0.6]]))
net.hidden.bias = nn.Parameter(torch.tensor([0.0, 0.1, -0.1]))
net.out.weight = nn.Parameter(torch.tensor([[1.0, -1.0, 0.5]]))
net.out.bias = nn.Parameter(torch.tensor([0.25]))
print(net.hidden.weight)
print(net(torch.tensor([[1.0, 2.0], [3.0, -1.0]])))
