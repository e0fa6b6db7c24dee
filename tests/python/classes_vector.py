# A Vector class with arithmetic and comparison dunders, as in a from-scratch ML tutorial.
import math

class Vector:
    def __init__(self, *components):
        self.c = list(components)
    def __repr__(self):
        return f"Vector({', '.join(repr(x) for x in self.c)})"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.c) + ">"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(self @ self)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __bool__(self):
        return any(self.c)
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, -v, v @ w, abs(v), v / 2)
print(len(v), v[0], v[-1], list(v), v == Vector(3, 4), v != w, w < v, sorted([v, w, Vector(0, 1)]))
print(bool(Vector(0, 0)), bool(v), max([v, w]), sum([v, w], Vector(0, 0)), [x * 10 for x in w])
unit = v / abs(v)
print(unit, round(abs(unit), 10), f"{abs(v):.3f}")
