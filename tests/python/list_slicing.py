a = list(range(10))
print(a[2:8:3], a[8:2:-2], a[::-3], a[-1:-5:-1], a[100:], a[:-100], a[3:3], a[-3:], a[5:1])
b = a[:]
b[2:5] = []
print(b)
b[1:1] = [100, 200]
print(b)
b[-2:] = "xy"
print(b)
del b[::2]
print(b)
c = [1, 2, 3, 4, 5, 6]
c[1::2] = [0, 0, 0]
print(c)
d = [[1, 2], [3, 4]]
e = d[:]
e[0].append(9)
e.append([5])
print(d, e)
print(a[slice(None, None, -1)], a[slice(2, None)], len(a[::2]), a[-2], a[1:-1][1:-1])
s = "abcdefgh"
print(s[::3], s[-3:-1], s[1:100], s[::-2])
t = tuple(range(5))
print(t[1:3], t[::-1], t[-2:])
