import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR, ExponentialLR

torch.manual_seed(0)
x = torch.tensor([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
y = 3 * x + 2

model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.5)
    model.bias.fill_(-0.25)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.5)
sched = StepLR(opt, step_size=5, gamma=0.5)
loss_fn = nn.MSELoss()
for epoch in range(20):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, round(loss.item(), 5), sched.get_last_lr())
print(model.weight.item(), model.bias.item())

model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.5)
    model.bias.fill_(-0.25)
opt = torch.optim.Adam(model.parameters(), lr=0.5)
sched = ExponentialLR(opt, gamma=0.8)
for epoch in range(15):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, round(loss.item(), 5), round(sched.get_last_lr()[0], 6))
print(round(model.weight.item(), 4), round(model.bias.item(), 4))
