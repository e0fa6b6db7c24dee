# Closures: counters, accumulators, late binding, and functions that build functions.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

a, b = make_counter(), make_counter()
print(a(), a(), a(5), b(), a.__name__)

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), [make_multiplier(k)(10) for k in range(4)])

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

def running_mean():
    values = []
    def add(x):
        values.append(x)
        return sum(values) / len(values)
    return add

mean = running_mean()
print([round(mean(x), 3) for x in [1, 2, 6, 3]])

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

print(compose(str, abs, lambda v: v - 10)(3), compose()(5))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))
