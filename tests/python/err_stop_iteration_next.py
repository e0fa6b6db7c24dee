batches = iter([[1, 2], [3, 4]])
print(next(batches))
print(next(batches))
print(next(batches))
