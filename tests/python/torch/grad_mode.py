# no_grad as a context manager and as a decorator, set_grad_enabled, detach and requires_grad_.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = w * 2
print(y, y.requires_grad)
print(torch.is_grad_enabled())

@torch.no_grad()
def predict(x):
    return x * w

print(predict(torch.tensor([3.0, 4.0])))
with torch.set_grad_enabled(False):
    z = w + 1
print(z.requires_grad, (w + 1).requires_grad)
d = (w * 3).detach()
print(d, d.requires_grad)
x = torch.tensor([1.0, 2.0])
x.requires_grad_()
print(x)
loss = (x ** 2).sum()
loss.backward()
print(x.grad)
x.grad.zero_()
print(x.grad)
print(loss.grad_fn is not None, type(loss.grad_fn).__name__)
