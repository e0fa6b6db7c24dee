# Breadth-first search on a grid maze with a deque, sets of tuples and a parent map to rebuild the path.
from collections import deque

maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(maze), len(maze[0])
start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
queue = deque([start])
parent = {start: None}
while queue:
    cell = queue.popleft()
    if cell == goal:
        break
    r, c = cell
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in parent:
            parent[(nr, nc)] = cell
            queue.append((nr, nc))
path = []
node = goal
while node is not None:
    path.append(node)
    node = parent[node]
path.reverse()
print(start, goal, len(path) - 1, len(parent))
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
visited = set(parent)
print(sorted(visited)[:5], (0, 2) in visited)
