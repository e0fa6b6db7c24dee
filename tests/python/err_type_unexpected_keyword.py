def fit(x, y, epochs=10):
    pass
fit(1, 2, epoch=5)
