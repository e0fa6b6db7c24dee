# functools and operator: reduce, partial, caching, wraps, cmp_to_key, total_ordering, itemgetter.
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import functools
import operator
from operator import itemgetter, attrgetter
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [1, 2, 3], 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
add10 = partial(operator.add, 10)
print(list(map(add10, [1, 2])))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def slow(x):
    print('computing', x)
    return x * 2
print(slow(3), slow(3), slow(4), slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@cache
def sq(x):
    return x * x
print([sq(i) for i in [1, 2, 1]], sq.cache_info().hits)
@lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 2]:
    ident(v)
print(ident.cache_info())
def logged(fn):
    @wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner
@logged
def greet(name):
    "Say hello."
    return 'hi ' + name
print(greet('ann'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
def compare_len(a, b):
    return len(a) - len(b)
print(sorted(['ccc', 'a', 'bb'], key=cmp_to_key(compare_len)))
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2), Version(1) > Version(1))
rows = [('bob', 30), ('amy', 25), ('cat', 30)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows[0]))
class P:
    def __init__(self, name):
        self.name = name
print([p.name for p in sorted([P('z'), P('a')], key=attrgetter('name'))])
print(operator.mul(3, 4), operator.neg(5), operator.lt(1, 2), operator.not_(0), operator.getitem([1, 2], 1))
class C:
    @lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x
c = C()
print(c.double(4), c.double(4))
