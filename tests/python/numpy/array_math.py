# Arithmetic with NumPy's type promotion, ufuncs, reductions, indexing and reshaping.
import numpy as np

x = np.array([1, 2, 3, 4, 5], dtype=float)
i = np.array([1, 2, 3])
f = np.array([1.0, 2.0], dtype=np.float32)
print(x * 2 + 1, x / 2, 2 / x, x ** 2, -x)
print(i + 1, i * 2.5, i / 2, i // 2, i % 2, 2 ** i)
print(f * 2.5, (f * 2.5).dtype, f + i[:2], (f + i[:2]).dtype)
print(x > 2, (x > 2).sum(), x[x > 2], x == 3)
print(np.sqrt(x), np.exp(np.array([0.0, 1.0])), np.log(np.array([1.0, np.e])))
print(np.abs(np.array([-1, 2])), np.round(np.array([0.5, 1.5, 2.567]), 2))
print(x.sum(), x.mean(), x.max(), x.min(), x.argmax(), x.std(), x.var())
print(np.sum(i), np.mean(i), type(np.sum(i)).__name__)
a = np.arange(6).reshape(2, 3)
print(a, a.sum(axis=0), a.sum(axis=1), a.mean(axis=0), a.max(axis=1), a.T)
print(a @ a.T, np.dot(i, i), a.reshape(-1), a.reshape(3, 2), a.flatten())
print(a[0], a[1, 2], a[:, 1], a[-1, ::-1] if False else a[-1])
b = a.copy()
b[0, 0] = 100
b[1] = -1
print(b, a[0, 0])
y = np.array([1, 2, 3])
y += 1
print(y)
print(np.concatenate([i, i]), np.stack([i, i]), np.vstack([i, i]).shape, np.hstack([i, i]))
print(np.maximum(x, 3), np.minimum(i, 2), np.clip(x, 2, 4), np.where(x > 3, x, 0))
print(np.zeros_like(a), np.ones_like(x))
print(len(a), list(i), [float(v) for v in x])
for row in a:
    print(row)
