nums = range(-5, 6)
print([n for n in nums if n > 0 if n % 2], [n if n >= 0 else 0 for n in nums], [abs(n) for n in nums if n])
print([(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0])
print({n: "even" if n % 2 == 0 else "odd" for n in range(5)}, sorted({c.upper() for c in "hello" if c != "l"}))
words = ["Data", "science", "is", "FUN", "and", "Python"]
print([w.lower() for w in words if len(w) > 2 and w.isalpha()], [w for w in words if w[0].isupper()])
matrix = [[(i + 1) * (j + 1) for j in range(4)] for i in range(4)]
print(matrix, [matrix[i][i] for i in range(4)], [row for row in matrix if sum(row) > 20])
print(sum(1 for w in words if "a" in w.lower()), [len(w) for w in words], [w[::-1] for w in words[:2]])
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky"]])
print([x for x in [y * 2 for y in range(5)] if x > 3], [i * j for i, j in zip(range(3), range(3, 6))])
