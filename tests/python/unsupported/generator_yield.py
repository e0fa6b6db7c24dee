# Generator functions are outside Tandem's Python: the yield names itself at its line.
def batches(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

for batch in batches(list(range(10)), 4):
    print(batch)
