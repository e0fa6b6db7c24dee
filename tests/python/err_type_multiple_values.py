def train(epochs, lr=0.1):
    return epochs * lr

train(5, epochs=10)
