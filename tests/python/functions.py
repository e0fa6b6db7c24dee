def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def stats(*nums, **options):
    return len(nums), sum(nums), sorted(options.items())
print(stats(), stats(1, 2, 3, scale=2, shift=1))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3), pos_only(1, 2, 3))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)], fib(100))
square = lambda v: v * v
print(square(7), (lambda a, b=2: a ** b)(3), list(map(lambda t: t[1], [(1, 'a'), (2, 'b')])))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
def no_return():
    pass
print(no_return(), greet.__name__, square.__name__, fact.__qualname__)
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__qualname__)
def doc():
    """Docstring here."""
    return 1
print(doc.__doc__, doc())
def kw_only(*, a, b=2):
    return a, b
print(kw_only(a=1), kw_only(b=3, a=4))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(greet, "Eve", punct="."), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
def recurse_sum(xs):
    if not xs:
        return 0
    return xs[0] + recurse_sum(xs[1:])
print(recurse_sum(list(range(200))))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
