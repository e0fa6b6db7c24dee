class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Point(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Point(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def norm(self):
        return abs(self)
p = Point(3, 4)
q = Point(1, 1)
print(p, repr(p), [p], p + q, p * 2, 3 * p, -p, abs(p), p.norm(), p == Point(3, 4), p != q)
print(Point.dims, p.dims, Point.__doc__, Point.__name__, type(p).__name__, isinstance(p, Point), isinstance(p, object))
p.dims = 3
print(p.dims, Point.dims, hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "default"))
setattr(p, "z", 9)
print(p.z, vars(q), q.__dict__)
del p.z
print(hasattr(p, "z"))
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, type(e), Empty, type(Empty), str(type(1)), type(None))
print(Point.norm.__name__, Point.__qualname__, callable(p), callable(Point), callable(p.norm))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
for _ in range(3):
    Counter()
print(Counter.instances)
