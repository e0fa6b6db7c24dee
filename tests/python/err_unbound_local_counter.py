counter = 0

def step():
    counter += 1
    return counter

step()
