# Extended unpacking: starred targets, nested targets, * and ** in calls and displays.
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
(a, b), c = (1, 2), 3
for i, (name, score) in enumerate([("x", 1), ("y", 2)]):
    print(i, name, score)
print(a, b, c)
def f(*args, **kwargs):
    return args, kwargs
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
print(f(*nums, 4, *[5], k=1, **{"z": 2}))
merged = [*nums, *range(2), *"ab"]
both = {**{"a": 1}, "b": 2, **{"a": 3}}
s = {*nums, *nums}
print(merged, both, s, (*nums,))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
x, *y = [10]
print(x, y)
first, second, *others = sorted([5, 3, 9, 1], reverse=True)
print(first, second, others)
