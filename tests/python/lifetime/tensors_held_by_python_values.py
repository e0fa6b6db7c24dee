# Tensors that Python values hold must outlive every release of unreachable memory: list items, dict values,
# closures, class and instance attributes, .grad, a function's result, a view whose base name was deleted.
import torch
kept = [torch.ones(2) * i for i in range(3)]
table = {'a': torch.arange(3.0) + 1}
def make():
    hidden = torch.full((2,), 7.0)
    def get():
        return hidden
    return get
getter = make()
class Box:
    shared = torch.tensor([9.0]) * 1
    def __init__(self):
        self.t = torch.zeros(2) + 5
box = Box()
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * w).sum().backward()
def fresh():
    return torch.tensor([3.0, 4.0]) * 2
r = fresh()
base = torch.arange(6.0) * 1
row = base.view(2, 3)[1]
del base
junk = [torch.randn(100) for _ in range(50)]
junk = None
for i in range(5):
    tmp = torch.randn(10) * i
print(kept[2], table['a'], getter(), Box.shared, box.t, w.grad, r, row)
