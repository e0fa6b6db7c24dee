import math
import random
random.seed(3)
def matvec(W, x):
    return [sum(w * xi for w, xi in zip(row, x)) for row in W]
def add(a, b):
    return [x + y for x, y in zip(a, b)]
def relu(v):
    return [max(0.0, x) for x in v]
def softmax(v):
    m = max(v)
    e = [math.exp(x - m) for x in v]
    s = sum(e)
    return [x / s for x in e]
W1 = [[random.uniform(-1, 1) for _ in range(3)] for _ in range(4)]
b1 = [0.0] * 4
W2 = [[random.uniform(-1, 1) for _ in range(4)] for _ in range(2)]
b2 = [0.1, -0.1]
def forward(x):
    h = relu(add(matvec(W1, x), b1))
    return softmax(add(matvec(W2, h), b2))
for x in [[1.0, 0.0, -1.0], [0.5, 0.5, 0.5], [-2.0, 1.0, 3.0]]:
    p = forward(x)
    print([round(v, 6) for v in p], p.index(max(p)))
params = sum(len(r) for r in W1) + len(b1) + sum(len(r) for r in W2) + len(b2)
print("params:", params)
