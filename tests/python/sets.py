s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, set(), set("aab") == {"a", "b"})
s.add(10)
s.add(2)
s.discard(99)
s.remove(3)
print(s, sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {9}), a.intersection([2, 3]), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset({1, 2, 3, 4, 5}), a.isdisjoint({7}))
print(set(range(10)), {x % 3 for x in range(10)}, frozenset([2, 1]), set([100, 5, 37]))
print({-1, -2, 0}, {8, 16, 24, 7}, {1000, 2000, 3}, set([9, 17, 25, 33]))
u = set()
u.update([5, 4], (3,))
print(u, u.pop(), u)
print(len({1, 1.0, True}), {0, False})
