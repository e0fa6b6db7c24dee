def train(model, epochs, lr=0.01):
    return model, epochs, lr
train("net")
