class K:
    attr = 5
    doubled = [attr * i for i in range(3)]
print(K.doubled)
