# nn.BatchNorm1d in a small seeded training loop: print(model), state_dict keys, running stats, train/eval switch.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
print(model)
print(list(model.state_dict().keys()))
x = torch.randn(32, 3)
y = (x[:, :1] * 2 - x[:, 1:2] + 0.5 * x[:, 2:]).detach()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(20):
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, round(loss.item(), 4))
bn = model[1]
print(bn.num_batches_tracked)
print(bn.running_mean)
print(bn.running_var)
model.eval()
with torch.no_grad():
    print(model(x[:4]))
    print(F.mse_loss(model(x), y).item() < 1.0)
model.train()
out = model(x[:5])
print(type(out.grad_fn).__name__, type(model[1](model[0](x[:5])).grad_fn).__name__)
bn2 = nn.BatchNorm2d(2, momentum=None)
print(bn2)
print(bn2(torch.randn(2, 2, 3, 3)).shape, bn2.running_var, bn2.num_batches_tracked)
print(F.batch_norm(torch.tensor([[1., 2.], [3., 6.]]), None, None, training=True))
try:
    bn(torch.randn(1, 8))
except ValueError as e:
    print("ValueError:", e)
