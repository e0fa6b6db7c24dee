n = int([1, 2])
