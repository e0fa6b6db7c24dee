import torch
g = torch.Generator().manual_seed(3)
print(torch.randperm(6, generator=g))
print(torch.rand(2, generator=g))
print(torch.randn(2, generator=g))
print(torch.randint(0, 5, (3,), generator=g))
print(torch.conv2d(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2)))
x = torch.empty(3).uniform_(0, 1, generator=g)
print(x)
w = torch.zeros(2, requires_grad=True)
try:
    w.normal_()
except RuntimeError as e:
    print(e)
torch.manual_seed(0)
with torch.no_grad():
    w.normal_(0, 0.1)
print(w)
