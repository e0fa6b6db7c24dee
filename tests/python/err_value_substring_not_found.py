path = "data/train.csv"
print(path.index("\\\\"))
