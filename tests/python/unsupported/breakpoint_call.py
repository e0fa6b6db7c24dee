x = 1
breakpoint()
print(x)
