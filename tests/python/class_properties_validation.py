class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value
    @property
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rectangle({self.w}x{self.h})"
r = Rectangle(3, 4)
print(r, r.area)
r.w = 10
print(r, r.area, r._w)
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("error:", e)
class Celsius:
    def __init__(self):
        self._t = 0
    def get(self):
        return self._t
    def set(self, v):
        self._t = round(v, 1)
    temp = property(get, set, doc="temperature")
c = Celsius()
c.temp = 21.456
print(c.temp, Celsius.temp.__doc__, type(Celsius.temp).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
