code = "x = 5"
exec(code)
print(x)
