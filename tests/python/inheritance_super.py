class Module:
    def __init__(self):
        self.training = True
        self.children = []
    def add(self, m):
        self.children.append(m)
        return m
    def train(self, mode=True):
        self.training = mode
        for c in self.children:
            c.train(mode)
        return self
    def eval(self):
        return self.train(False)
    def __call__(self, x):
        return self.forward(x)
    def forward(self, x):
        raise NotImplementedError
class Linear(Module):
    def __init__(self, w, b):
        super().__init__()
        self.w, self.b = w, b
    def forward(self, x):
        return self.w * x + self.b
class Double(Linear):
    def __init__(self):
        super().__init__(2, 0)
class Sequential(Module):
    def __init__(self, *layers):
        super().__init__()
        for l in layers:
            self.add(l)
    def forward(self, x):
        for c in self.children:
            x = c(x)
        return x
net = Sequential(Linear(3, 1), Double(), Linear(1, -1))
print(net(2), net.training, net.eval().training, [c.training for c in net.children])
print(isinstance(net.children[1], Linear), type(net.children[1]).__mro__[1].__name__)
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
class B:
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
C()
print([k.__name__ for k in C.__mro__])
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return cls()
class Derived(Base):
    def greet(self):
        return "derived+" + super().greet()
    @classmethod
    def make(cls):
        obj = super().make()
        obj.tag = "made"
        return obj
d = Derived.make()
print(d.greet(), d.tag, type(d).__name__)
