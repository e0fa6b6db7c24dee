class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def freezing():
        return Temperature(0)
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.freezing().celsius, Temperature.from_f(212).celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __call__(self, k):
        return Vec(*[k * x for x in self.xs])
    def __bool__(self):
        return any(self.xs)
    def __lt__(self, other):
        return sum(self.xs) < sum(other.xs)
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[0], v[-1], v[1:], list(v), 2 in v, v(2), bool(v), bool(Vec(0, 0)), v @ Vec(1, 1, 1))
print(sorted([Vec(5), Vec(1, 1), Vec(0)]), max(Vec(3), Vec(1)), [x for x in v])
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Ctx("a") as c1, Ctx("b") as c2:
    print("body", c1.name, c2.name)
with Ctx("suppress"):
    raise KeyError("gone")
print("after suppress")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __format__(self, spec):
        return format(self.cents / 100, spec)
    def __radd__(self, other):
        return Money(other + self.cents)
print(f"{Money(1234):.2f}", Money(1) == Money(1), (5 + Money(2)).cents)
class Slots:
    def __getattr__(self, name):
        return name.upper()
print(Slots().anything, getattr(Slots(), "other"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
lg = Logged()
lg.a = 1
print(lg.a)
