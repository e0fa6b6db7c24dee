n = 12345
digits = len(n)
