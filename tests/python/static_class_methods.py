class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def unit():
        return "unit"
    @classmethod
    def count(cls):
        return len(cls.registry)
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Square(Shape):
    pass
s = Square.create("sq")
print(s, type(s).__name__, Shape.count(), Square.count(), Shape.unit(), s.unit(), s.create("x"))
print(Shape.registry)
class Counter:
    _total = 0
    @property
    def total(self):
        return Counter._total
    @total.setter
    def total(self, v):
        Counter._total = v
    @total.deleter
    def total(self):
        Counter._total = 0
c = Counter()
c.total = 5
print(c.total)
del c.total
print(c.total)
sm = staticmethod(lambda: 1)
print(type(sm).__name__, type(classmethod(len)).__name__, type(property()).__name__)
class Tool:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, sorted(kwargs)
t = Tool()
print(t(1, 2, a=3), t(), t.calls)
