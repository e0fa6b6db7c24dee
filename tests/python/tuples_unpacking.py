t = (1, 2, 3)
print(t, t[1], t[-1], t[:2], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abcd"
print(init, last)
first, *middle, end = range(6)
print(first, middle, end)
(x, y), z = (1, 2), 3
print(x, y, z)
x, y = y, x
print(x, y)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
print(t.index(2), t.count(3), (1, 2) < (1, 3), (1, 2) == (1, 2), max((1, 5), (2, 0)))
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(*[1, 2, 3], sep="-")
print(*"abc", 1, *(2, 3))
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
m, n = divmod(17, 5)
print(m, n)
[p, q] = [5, 6]
print(p, q)
single, = [42]
print(single)
print(hash((1, 2)) == hash((1, 2)), (1, (2, 3)))
