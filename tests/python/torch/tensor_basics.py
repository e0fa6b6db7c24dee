# Creating tensors, arithmetic and how the results print.
import torch

x = torch.tensor([[1.0], [2.0], [3.0]])
print(x)
print(x.shape)
print(x.size(0), x.size(1))
print(x.dtype)

y = x * 2 + 1
print(y)
print(y - x)
print(x / 4)
print(-x)
print(x ** 2)
print(x @ torch.tensor([[0.5, -1.0]]))

s = x.sum()
print(s)
print(s.item())
print(type(s.item()))

labels = torch.tensor([0, 1, 1])
print(labels)
print(labels.dtype)
print(x > 1.5)
print((x > 1.5).sum())
print(torch.round(torch.tensor([0.2, 0.7, 1.5, 2.5])))
print(torch.sigmoid(torch.tensor([-2.0, 0.0, 2.0])))
print(torch.tensor(3.5))
print(torch.tensor([1.0, 2.0], dtype=torch.float64))
print(torch.tensor([1, 2]).float() / 2)
