a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[:3], a[5:], a[::2], a[::-1], a[-3:], a[1:-1:2])
a.append(7)
a.extend([8, 9])
a.insert(0, 0)
a.insert(100, 100)
a.insert(-1, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.count(9), 4 in a, 42 not in a)
b = sorted(a)
a.sort(reverse=True)
print(b, a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[1:3]
print(a)
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [[0] * 2] * 2)
m = [[1, 2], [3, 4]]
m[0][0] = 9
print(m, [row[1] for row in m], list(zip(*m)))
c = [1, 2, 3]
c += [4]
c *= 2
print(c, c == [1, 2, 3, 4, 1, 2, 3, 4], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [1])
print(list(range(5)), list("abc"), list((1, 2)), list({'k': 1}), list(range(10, 0, -3)))
c.clear()
print(c, bool(c), bool([0]))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
r = [1, 2]
r.append(r)
print(r)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), max(words, key=len))
