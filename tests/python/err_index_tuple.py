point = (3, 4)
x, y = point
print(point[2])
