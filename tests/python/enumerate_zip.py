names = ["ann", "bob", "cy"]
scores = [88, 92, 75]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n:<4} {s}")
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(10, 13), "xyz")))
best = max(zip(scores, names))
print(best, sorted(zip(scores, names), reverse=True)[0][1])
for idx, ch in enumerate("hey"):
    print(idx, ch, end=" | ")
print()
pairs = list(enumerate(["a", "b"], start=10))
print(pairs, [i for i, _ in pairs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print(list(zip([1, 2, 3], [4])), list(enumerate([])), list(zip("ab", "cd", "ef")))
