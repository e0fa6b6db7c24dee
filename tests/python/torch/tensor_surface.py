# The tensor surface issue 4 lists: views, reductions with return_types, conversions, clamp/where, joins,
# mask and index-tensor indexing, NumPy interop, autograd.grad, state_dict, functional, RMSprop/Adagrad.
import torch
import torch.nn as nn
import torch.nn.functional as F
import numpy as np

torch.manual_seed(0)
t = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(t.T, t.view(4, 3).shape, t.permute(1, 0).shape)
print(t.argmax(dim=1), t.argmax(), t.max(dim=0))
m = t.max(dim=1)
print(m.values, m.indices, m[0])
v, i = t.min(1, keepdim=True)
print(v, i)
print(t.tolist(), t.numpy(), type(t.numpy()).__name__)
print(t.long(), t.bool(), t.float().dtype, (t > 5).float())
print(t.clamp(2, 8), t.clamp(min=3), torch.clamp(t, max=1))
print(torch.where(t > 5, t, torch.zeros_like(t)), torch.where(t > 5, t, -1.0))
print(torch.cat([t, t]).shape, torch.cat([t, t], dim=1).shape, torch.stack([t, t]).shape)
print(t[t > 6], t[torch.tensor([0, 2])], t[:, torch.tensor([1, 3])], t[[0, 1], [1, 2]])
print(t[True].shape, t[0, True])
a = np.arange(6.0).reshape(2, 3)
f = torch.from_numpy(a)
print(f, f.dtype)
a[0, 0] = 100
print(f[0, 0])
print(torch.tensor(a, dtype=torch.float32))
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
print(torch.autograd.grad(y, x))
print(torch.autograd.grad((x * x).sum(), [x], allow_unused=True))
lin = nn.Linear(2, 1)
print(lin.state_dict())
sd = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1)).state_dict()
print(type(sd).__name__, list(sd.keys()))
print(F.relu(torch.tensor([-1.0, 2.0])), F.softmax(torch.tensor([1.0, 2.0]), dim=0), F.one_hot(torch.tensor([0, 2]), 3))
print(F.mse_loss(torch.tensor([1.0]), torch.tensor([3.0])), F.cross_entropy(torch.tensor([[2.0, 1.0]]), torch.tensor([0])))
opt = torch.optim.RMSprop(lin.parameters(), lr=0.1)
print(opt)
opt2 = torch.optim.Adagrad(lin.parameters(), lr=0.5, lr_decay=0.01)
for _ in range(3):
    opt2.zero_grad()
    loss = (lin(torch.tensor([[1.0, 2.0]])) - 1) ** 2
    loss.sum().backward()
    opt2.step()
print(lin.weight, lin.bias)
try:
    t[::-1]
except ValueError as e:
    print('ValueError:', e)
print(torch.flip(t, [0])[0], t.flip(1)[0])
print(t.sum(dim=0), t.mean(dim=1, keepdim=True), t.std(), t.numel(), t.size(1))
print(t.unsqueeze(0).shape, t.squeeze().shape, t.flatten(), t.reshape(-1, 6))
print(torch.linspace(0, 1, 5), torch.eye(2), torch.full((2,), 3.0), torch.randint(0, 5, (4,)))
print(torch.argmax(t, dim=0), torch.max(t), torch.sum(t > 3))
