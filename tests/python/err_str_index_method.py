s = "hello"
print(s.index("z"))
