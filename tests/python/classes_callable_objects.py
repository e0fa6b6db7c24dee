# Objects with __call__: a layer, a scheduler and a counter of calls.
class Linear:
    def __init__(self, w, b):
        self.w, self.b = w, b
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return [sum(wi * xi for wi, xi in zip(row, x)) + bi for row, bi in zip(self.w, self.b)]
    def __repr__(self):
        return f"Linear(in={len(self.w[0])}, out={len(self.w)})"

class ReLU:
    def __call__(self, xs):
        return [max(0.0, v) for v in xs]

class Sequential:
    def __init__(self, *layers):
        self.layers = layers
    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

net = Sequential(Linear([[1.0, -1.0], [0.5, 0.5]], [0.0, -1.0]), ReLU(), Linear([[2.0, 1.0]], [0.1]))
for x in ([1.0, 2.0], [3.0, 1.0], [0.0, 0.0]):
    print(x, "->", [round(v, 4) for v in net(x)])
print(net.layers[0], net.layers[0].calls, callable(net), callable(ReLU), callable(3))

class StepLR:
    def __init__(self, lr, step, gamma):
        self.lr, self.step, self.gamma = lr, step, gamma
    def __call__(self, epoch):
        return self.lr * self.gamma ** (epoch // self.step)

sched = StepLR(0.1, 3, 0.5)
print([round(sched(e), 4) for e in range(10)])
print(list(map(sched, [0, 3, 6])), sorted([5, 1, 3], key=StepLR(1, 1, -1)))
