growth = 10.0
print(growth ** 100)
print(growth ** 400)
