# Comprehensions: nested loops, conditions, nested comprehensions, generator expressions.
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
print(pairs)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transpose = [[row[k] for row in matrix] for k in range(3)]
flat = [x for row in matrix for x in row if x % 2 == 0]
print(matrix, transpose, flat)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
lengths = {w: len(w) for w in ["keras", "torch", "jax"]}
firsts = {w[0] for w in ["apple", "avocado", "banana"]}
print(labels, lengths, sorted(firsts))
print(sum(x * x for x in range(10)), max(len(w) for w in lengths), any(n > 3 for n in [1, 5]), all(n > 0 for n in []))
gen = (n ** 2 for n in range(4))
print(next(gen), next(gen), list(gen), list(gen))
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
table = {(r, c): r * c for r in range(1, 4) for c in range(1, 4) if r <= c}
print(table)
words = ["Deep", "learning", "IS", "fun"]
print([w.lower() for w in words if w.isalpha() and len(w) > 2], [[c for c in w if c.isupper()] for w in words])
x = 10
print([x for x in range(3)], x)
