class Frac:
    def __init__(self, n, d=1):
        from math import gcd
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f"{self.n}/{self.d}"
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + Frac(-o.n, o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return self.n // self.d
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k)
    def __bool__(self):
        return self.n != 0
half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 + half, half + 1, 3 * half, -half, half ** 2)
print(half == Frac(2, 4), half < third, third < half, half <= half, sorted([half, third, Frac(3, 4)]))
print(float(third), int(Frac(7, 2)), bool(Frac(0)), bool(half), sum([half, half, half]), max(half, third))
print(half != third, half > third, third >= half)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, other):
        return self.rows == other.rows
    def __contains__(self, v):
        return any(v in r for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0], len(m), list(m), 4 in m, 7 in m, m == Matrix([[1, 2], [3, 4]]))
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(4)), 9 in Seq(5), [x for x in Seq(3)])
class Inplace:
    def __init__(self):
        self.v = []
    def __iadd__(self, other):
        self.v.append(other)
        return self
ip = Inplace()
ip += 1
ip += 2
print(ip.v)
