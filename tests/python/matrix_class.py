class Mat:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Mat([[v + other for v in r] for r in self.rows])
        return Mat([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    __radd__ = __add__
    def __mul__(self, k):
        return Mat([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    @property
    def T(self):
        return Mat(zip(*self.rows))
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "Mat(" + ", ".join(str(r) for r in self.rows) + ")"
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
A = Mat([[1, 2], [3, 4]])
print(A + A, A * 2, 2 * A, A + 1, 1 + A, A @ Mat.identity(2) == A, A.T, A @ A.T, A[1, 0], A.shape)
print(Mat.zeros(2, 3), Mat.zeros(2, 3).shape, (A @ A) @ A == A @ (A @ A))
