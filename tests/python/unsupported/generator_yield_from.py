def chain(a, b):
    yield from a
    yield from b

print(list(chain([1], [2])))
