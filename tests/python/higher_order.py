def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.strip, 1, "  x  "), apply_n(lambda s: s + "!", 3, "hey"))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(max, [3, 9, 2], 0), reduce(lambda a, b: b + a, "abc", ""))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print({k: f(8, 2) for k, f in ops.items()})
def make_multipliers():
    return {n: (lambda x, n=n: x * n) for n in range(1, 4)}
print([f(10) for f in make_multipliers().values()])
print(sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]), list(map(len, ["a", "bb"])))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(callable(lambda: 0), (lambda *a, **k: (a, k))(1, x=2), (lambda: None)())
