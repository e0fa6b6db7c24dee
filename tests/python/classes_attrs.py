class Config:
    defaults = {"lr": 0.1}
    count = 0
    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)
        Config.count += 1
    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name!r}")
c = Config(epochs=5)
print(c.lr, c.epochs, Config.count, hasattr(c, "batch"), getattr(c, "batch", 32))
try:
    c.batch
except AttributeError as e:
    print("AttributeError:", e)
class Point:
    __slots_like__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(sorted(vars(p)), p.__class__.__name__, type(p).__qualname__, Point.__module__)
p.z = 3
print(getattr(p, "z", None))
class Meta:
    pass
Meta.added = "later"
print(Meta.added, Meta().added)
def method(self):
    return "attached"
Meta.method = method
print(Meta().method())
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttr(), WithClassAttr()
a.add(1)
b.add(2)
print(WithClassAttr.items, a.items is b.items)
print(isinstance(p, (int, Point)), issubclass(bool, int), issubclass(Point, object), type(Point))
print(Point.__name__, Point.__mro__, Point.__bases__)
