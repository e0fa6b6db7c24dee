def accuracy(correct, total):
    return corect / total

print(accuracy(8, 10))
