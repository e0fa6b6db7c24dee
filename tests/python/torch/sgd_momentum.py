# SGD with momentum and weight decay on a fixed problem; the optimizer's repr and param_groups.
import torch
import torch.nn as nn

model = nn.Linear(2, 1)
model.weight = nn.Parameter(torch.tensor([[0.1, -0.1]]))
model.bias = nn.Parameter(torch.tensor([0.0]))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
print(opt)
x = torch.tensor([[1.0, 2.0], [3.0, 1.0], [0.5, 0.5]])
y = torch.tensor([[5.0], [5.0], [1.5]])
loss_fn = nn.MSELoss()
for epoch in range(50):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
print(loss)
print(model.weight, model.bias)
opt.param_groups[0]['lr'] = 0.01
print(opt.param_groups[0]['lr'])
print(model(torch.tensor([[2.0, 2.0]])))
