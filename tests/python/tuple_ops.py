# Tuples: packing, unpacking, as records and dict keys, comparison.
point = (3, 4)
x, y = point
print(point, x, y, point[0], len(point), point + (5,), point * 2, (1,) * 3, tuple("ab"), tuple([1, 2]))
print(point.count(3), (1, 2, 1).count(1), (5, 6, 7).index(7), 4 in point, (1, 2) < (1, 3), (2,) > (1, 9, 9))
records = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9)]
for name, age, height in sorted(records, key=lambda r: (-r[1], r[0])):
    print(f"{name:<4}{age:>3}{height:>5}")
distances = {(0, 0): 0.0, (3, 4): 5.0}
distances[(6, 8)] = 10.0
print(distances[(3, 4)], (6, 8) in distances, sorted(distances))
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max("hello"), type(min_max([1])) is tuple)
empty, single = (), (1,)
print(empty, single, len(empty), hash((1, 2)) == hash((1, 2)), tuple(sorted({3: 0, 1: 0})))
a, b = 1, 2
a, b = b, a
print(a, b, (a, b) == (2, 1), max((2, "b"), (2, "a")))
