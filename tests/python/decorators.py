def log_calls(fn):
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@log_calls
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
def repeat(times):
    def decorate(fn):
        def run(*args):
            return [fn(*args) for _ in range(times)]
        return run
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("ann"))
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def count_calls(cls):
    cls.created = 0
    original = cls.__init__
    def init(self, *a):
        cls.created += 1
        original(self, *a)
    cls.__init__ = init
    return cls
@count_calls
class Thing:
    def __init__(self, v):
        self.v = v
Thing(1); Thing(2)
print(Thing.created, Thing(3).v)
def stack(a):
    def d(fn):
        return lambda: a + fn()
    return d
@stack("x")
@stack("y")
def base():
    return "z"
print(base())
