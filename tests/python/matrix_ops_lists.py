# Matrix operations with nested lists: product, transpose, identity, determinant, inverse (2x2 and 3x3).
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def inverse2(m):
    d = det(m)
    return [[m[1][1] / d, -m[0][1] / d], [-m[1][0] / d, m[0][0] / d]]

A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
C = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(matmul(A, B), matmul(B, A), transpose(C), identity(3))
print(det(A), det(C), inverse2(A), matmul(A, inverse2(A)))
print(matmul(C, identity(3)) == C, [[round(v, 2) for v in row] for row in matmul([[0.5, 0.5]], [[1.0], [3.0]])])
def show(m):
    width = max(len(f"{v:g}") for row in m for v in row)
    for row in m:
        print(" ".join(f"{v:>{width}g}" for v in row))
show(matmul(C, C))
