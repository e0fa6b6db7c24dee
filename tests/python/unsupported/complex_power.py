values = [4, -8]
for v in values:
    print(v ** 0.5)
