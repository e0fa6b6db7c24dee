# Every list method, on a running example.
scores = [72, 88, 95, 61, 88]
scores.append(79)
scores.extend([100, 55])
scores.insert(0, 90)
print(scores, len(scores))
print(scores.index(88), scores.index(88, 3), scores.count(88), scores.count(1))
print(scores.pop(), scores.pop(0), scores)
scores.remove(88)
print(scores)
scores.sort()
print(scores)
scores.sort(reverse=True)
print(scores)
scores.reverse()
print(scores)
copy = scores.copy()
copy.clear()
print(copy, scores[:3], scores[-2:], scores[::2], scores[::-1])
names = ["bo", "Al", "cy", "Di"]
names.sort(key=str.lower)
print(names, sorted(names, key=len, reverse=True))
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested, min(nested), max(nested, key=lambda p: p[1]))
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, [row[:] for row in grid] == grid, [1, 2] + [3], [0] * 4, [[]] * 2)
print(list(range(5)), list("abc"), list((1, 2)), list({"k": 1}), list(map(abs, [-1, 2])))
a = [1, 2, 3, 4, 5, 6]
a[1:3] = [20, 30, 35]
del a[0]
del a[-2:]
print(a, 30 in a, a * 2, sum(a), sorted(a, reverse=True)[:2])
