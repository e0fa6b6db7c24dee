steps = 0
while True:
    steps += 1
