# Generator expressions are lazy: they compute on demand, can be consumed once, and short-circuit.
calls = []
def noisy(x):
    calls.append(x)
    return x * 10

gen = (noisy(x) for x in range(5))
print(calls)
print(next(gen), calls)
print(list(gen), calls)
print(list(gen))
calls.clear()
print(any(noisy(x) > 15 for x in range(10)), calls)
calls.clear()
print(next((x for x in range(100) if x * x > 50), None), next((x for x in []), "default"))
total = sum(x for x in range(1_000_000) if x % 3 == 0)
print(total)
lines = ["# comment", "data 1", "", "data 2", "# more"]
cleaned = (l.strip() for l in lines)
data = (l for l in cleaned if l and not l.startswith("#"))
print(list(data))
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print(list(zip(evens, "abc")), list(evens))
print(sorted((y, x) for x, y in {"a": 3, "b": 1}.items()), max((len(w), w) for w in "a bb ccc".split()))
print(dict((k, k * 2) for k in range(3)), sorted(set(c for c in "hello")), tuple(i for i in range(3)))
