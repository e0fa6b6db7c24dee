classes = ["cat", "dog"]
print(classes.index("bird"))
