print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print({c: ord(c) for c in "abc"}, {x % 4 for x in range(10)})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row]
print(flat, [v if v % 2 else -v for v in flat])
x = "outer"
print([x for x in "ab"], x)
print(list((a, b) for a in "xy" for b in (1, 2)))
print({k: v for k, v in zip("abc", range(3)) if v})
words = ["apple", "Bob", "cat"]
print(sorted(w.lower() for w in words), [w[0].upper() + w[1:] for w in words])
print([i for i in range(5)][::-1], [n ** 2 for n in [1, 2, 3] if n != 2])
gen = (n for n in range(3))
print(next(gen), list(gen))
