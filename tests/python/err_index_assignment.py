grid = [0, 0]
grid[2] = 1
