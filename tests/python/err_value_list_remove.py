names = ["a", "b"]
names.remove("c")
