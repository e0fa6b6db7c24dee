grid = {(0, 0): "start", (1, 0): "wall"}
print(grid[(1, 2)])
