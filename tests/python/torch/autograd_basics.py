# requires_grad, backward() and gradients; no_grad blocks tracking.
import torch

w = torch.tensor([[2.0]], requires_grad=True)
b = torch.tensor([0.5], requires_grad=True)
x = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.tensor([[3.0], [5.0], [7.0]])

print(w)
pred = x @ w + b
print(pred)
loss = ((pred - y) ** 2).mean()
print(loss)
loss.backward()
print(w.grad)
print(b.grad)

with torch.no_grad():
    w -= 0.1 * w.grad
    b -= 0.1 * b.grad
print(w)
print(b)

with torch.no_grad():
    z = x @ w
print(z)
print(z.requires_grad)
print(pred.requires_grad)
