grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, len(grid))
neighbors = [(r + dr, c + dc) for r, c in [(1, 1)] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
print(neighbors, sum(grid[n] for n in neighbors))
edges = {("a", "b"): 1, ("b", "c"): 2, ("a", "c"): 5}
print(sorted(edges, key=edges.get), min(edges.items(), key=lambda kv: kv[1]))
counts = {}
for pair in [(1, 2), (2, 1), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
nested = {((1, 2), "x"): "deep"}
print(nested[((1, 2), "x")], {(): "empty"}[()], {(1,): 1}[(1,)])
print({1.0: "one"}[1], {True: "t"}[1], {0: "zero"}[False], {-0.0: "z"}[0])
