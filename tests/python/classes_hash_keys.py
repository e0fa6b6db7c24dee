# Classes with __eq__ and __hash__ as dict keys and set members: equal objects find each other.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

d = {Point(1, 2): 'a', Point(3, 4): 'b'}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = 'z'
print(len(d), d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
s.add(Point(1, 1)); s.discard(Point(0, 0))
print(sorted(s, key=lambda p: p.x))
visited = set()
frontier = [Point(0, 0)]
while frontier:
    p = frontier.pop()
    if p in visited or p.x > 3 or p.y > 3:
        continue
    visited.add(p)
    frontier.append(Point(p.x + 1, p.y))
    frontier.append(Point(p.x, p.y + 1))
print(len(visited))
counts = {}
for p in [Point(1, 1), Point(2, 2), Point(1, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print(hash(Point(1, 2)) == hash((1, 2)), {(Point(1, 2), 'x'): 1}[(Point(1, 2), 'x')])
print(d.pop(Point(3, 4)), d, Point(1, 2) in d.keys())
print(frozenset([Point(1, 2)]) == frozenset([Point(1, 2)]), set([Point(2, 3)]) == {Point(2, 3)})
print({p: p.x for p in [Point(1, 2), Point(1, 2)]})
class Bad:
    def __hash__(self):
        return 7
print(len({Bad(), Bad()}))
class Eq:
    def __eq__(self, o):
        return True
try:
    {Eq(): 1}
except TypeError as e:
    print(e)
