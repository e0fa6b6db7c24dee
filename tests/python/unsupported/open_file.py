with open("data.csv") as f:
    rows = f.read().splitlines()
print(len(rows))
