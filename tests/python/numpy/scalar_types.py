# NumPy scalars from reductions and indexing: their types, item(), and how they print and combine.
import numpy as np

a = np.array([[1.5, 2.5], [3.5, 4.5]])
m = a.mean()
print(type(m).__name__, m, m.item(), type(m.item()).__name__, m.dtype, m.shape, m.ndim)
i = np.array([3, 1, 2]).argmax()
print(type(i).__name__, i, i.item(), i + 1, type(i + 1).__name__)
f = np.float32(0.1)
print(f, type(f).__name__, f * 2, float(f))
print(np.int64(7) // 2, np.float64(2.5) ** 2, round(np.float64(2.675), 2))
print(np.random.choice(['rock', 'paper', 'scissors']) in ['rock', 'paper', 'scissors'])
print(np.str_('hi'), type(np.str_('hi')).__name__)
print(np.array([1, 2, 3]).sum().tolist(), np.array([0.5]).sum().tolist())
