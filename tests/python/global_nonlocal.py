x = 10
def read_global():
    return x + 1
def write_global():
    global x, y
    x = 20
    y = "created"
print(read_global())
write_global()
print(x, y)
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a += 10
        b_local = b + 100
        return a, b_local
    r = inner()
    return r, a, b
print(outer())
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator()
print([acc(i) for i in range(5)])
def counter_factory():
    counts = {"n": 0}
    def tick():
        counts["n"] += 1
        return counts["n"]
    return tick
t = counter_factory()
t(); t()
print(t())
def shadow_param(x):
    x = x * 2
    return x
print(shadow_param(5), x)
def uses_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_later())
