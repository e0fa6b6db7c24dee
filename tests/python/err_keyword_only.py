def opt(params, *, lr):
    return lr
opt([1], 0.1)
