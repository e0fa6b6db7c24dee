pairs = [("a", 1), ("b", 2, "extra")]
for name, value in pairs:
    print(name, value)
