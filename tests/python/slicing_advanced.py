# Slicing: negative indices and steps, slice objects, slice assignment and deletion, strings and tuples.
a = list(range(10))
print(a[2:8:2], a[::-3], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2], a[::1] == a, a[5:5])
s = slice(1, 9, 3)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
b = a[:]
b[::2] = ["x"] * 5
print(b)
b[1:4] = []
print(b)
b[:0] = ["front"]
b[len(b):] = ["end"]
print(b)
del b[::3]
print(b, len(b))
text = "neural network"
print(text[::-1], text[7:], text[:6].upper(), text[-7:-4], text[::2], text[1::2])
t = tuple(range(6))
print(t[1::2], t[::-2], t[-1], type(t[1:3]).__name__)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[1:]], [row[::-1] for row in m][::-1], [m[i][i] for i in range(3)])
c = list("abcdef")
c[1:5:2] = ["B", "D"]
print(c, "".join(c[::-1]))
