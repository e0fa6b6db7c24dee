# Functional style: lambda, map, filter, zip, sorted with keys, and higher-order helpers.
nums = [5, -3, 8, 0, -1, 12, 7]
print(list(map(lambda x: x * x, nums)), list(filter(lambda x: x > 0, nums)), list(filter(None, nums)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str.upper, ["a", "b"])), list(zip(nums, map(abs, nums)))[:3])
apply_twice = lambda f, x: f(f(x))
print(apply_twice(lambda v: v + 10, 1), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym, fn in ops.items():
    print(f"6 {sym} 4 = {fn(6, 4)}")
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hidden Layer Size  "
for fn in pipeline:
    value = fn(value)
print(value)
students = [("ann", [90, 80]), ("bob", [70, 95, 85]), ("cy", [60])]
avg = lambda scores: sum(scores) / len(scores)
print(sorted(students, key=lambda s: avg(s[1]), reverse=True)[0][0], list(map(lambda s: (s[0], round(avg(s[1]), 1)), students)))
print(any(map(lambda x: x > 10, nums)), all(map(lambda x: x > -5, nums)), sum(filter(lambda x: x % 2 == 0, range(11))))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), max(nums, key=lambda x: abs(x - 4)))
