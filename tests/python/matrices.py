def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), matmul(A, transpose(A)))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in I:
    print(" ".join(f"{v:3d}" for v in row))
def dot(u, v):
    return sum(x * y for x, y in zip(u, v))
print(dot([1, 2, 3], [4, 5, 6]), [round(v / 3, 3) for v in [1, 2]])
grid = [["." for _ in range(4)] for _ in range(2)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
