class Point:
    pass
p = Point(1, 2)
