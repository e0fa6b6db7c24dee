# Tensors held only by the evaluator while other code runs (and releases memory): an operand popped from a
# list while the right-hand call loops, a return value waiting for `finally`, a loop's iterator over a copy,
# a generator, lazy zip/map/iter, a with statement's manager, sorted's keys, an exception being handled.
import torch
stack = [torch.tensor([1.0, 2.0]) * 1]
def busy():
    total = 0.0
    for i in range(20):
        total += (torch.ones(3) * i).sum().item()
    return torch.tensor([total, total])
s = stack.pop() + busy()
print(s)
def loop_in_finally():
    try:
        return torch.tensor([5.0]) * 3
    finally:
        for i in range(10):
            torch.ones(4) * i
print(loop_in_finally())
items = [torch.tensor([float(i)]) * 1 for i in range(3)]
for t in items[:]:
    items.clear()
    for j in range(3):
        torch.ones(5) * j
    print(t)
for g in (torch.tensor([float(k)]) * 10 for k in range(3)):
    for j in range(3):
        torch.zeros(2) + j
    print(g)
pairs = list(zip([torch.ones(1) * 2, torch.ones(1) * 3], map(lambda v: v * 4, [torch.ones(1), torch.ones(1) * 5])))
it = iter([torch.tensor([7.0]) * 1, torch.tensor([8.0]) * 1])
first = next(it)
for j in range(3):
    torch.ones(5) * j
print(first, next(it), pairs[1][0], pairs[1][1])
class Manager:
    def __init__(self):
        self.t = torch.tensor([4.0]) * 1
    def __enter__(self):
        return 1
    def __exit__(self, *exc):
        print('exit sees', self.t)
        return False
with Manager():
    for j in range(3):
        torch.ones(5) * j
def keep_sorted():
    return sorted([torch.tensor([3.0]) * 1, torch.tensor([1.0]) * 1], key=lambda t: (lambda: [torch.ones(2) for _ in range(3)])() and t.item())
print(keep_sorted())
try:
    raise ValueError(torch.tensor([6.0]) * 1)
except ValueError as e:
    for j in range(3):
        torch.ones(5) * j
    print(e.args[0])
