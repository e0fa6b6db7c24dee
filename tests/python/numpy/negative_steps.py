# Slices with negative steps are valid NumPy (a[::-1]), for reading and for assignment.
import numpy as np
a = np.arange(6)
print(a[::-1], a[4:1:-2], a[::-2], a[-1:-7:-1], a[10:-10:-3], a[2:4:-1])
b = np.arange(24).reshape(2, 3, 4)
print(b[::-1, ::2])
print(b[..., ::-1])
print(b[0, ::-1, None, 1::-1])
print(b[:, -1, ::-3])
c = np.zeros(5)
c[::-2] = np.array([1, 2, 3])
print(c)
d = np.arange(6).reshape(2, 3)
d[:, ::-1] = 7 + d
print(d)
print(a[::-1].sum(), np.flip(a))
