# collections: defaultdict, Counter, OrderedDict, namedtuple and deque as learners use them.
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
import collections
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), isinstance(groups, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
c = Counter('mississippi')
print(c)
print(c.most_common(2), c['s'], c['z'], sum(c.values()))
c.update('sip')
print(c.most_common())
d = Counter(a=3, b=1) - Counter(a=1, b=2)
print(d, Counter(a=1) + Counter(a=2, b=1), Counter('abc') == Counter('cba'))
print(sorted(Counter('hello').elements()), Counter('aab').total())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1)[0])
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x')
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict())
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(y=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), Point._make([1, 2]))
Car = namedtuple('Car', 'make model year', defaults=[2020])
print(Car('VW', 'Golf'), Car('VW', 'Golf', 1999).year)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q, q.popleft(), q.pop(), q)
q.rotate(1)
print(q, len(q), q[0], 2 in q)
window = deque(maxlen=3)
for i in range(5):
    window.append(i)
print(window, list(window), window.maxlen)
print(type(c).__name__, collections.Counter is Counter, type(p))
