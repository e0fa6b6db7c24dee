bits = "1021"
print(int(bits, 2))
