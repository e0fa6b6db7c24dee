# The perceptron learning rule on the AND and OR functions.
def train_perceptron(samples, epochs=10, lr=0.1):
    w = [0.0, 0.0]
    b = 0.0
    for epoch in range(epochs):
        errors = 0
        for (x1, x2), target in samples:
            out = 1 if w[0] * x1 + w[1] * x2 + b > 0 else 0
            err = target - out
            if err:
                errors += 1
                w[0] += lr * err * x1
                w[1] += lr * err * x2
                b += lr * err
        if errors == 0:
            return w, b, epoch + 1
    return w, b, epochs

inputs = [(0, 0), (0, 1), (1, 0), (1, 1)]
for name, outputs in [("AND", [0, 0, 0, 1]), ("OR", [0, 1, 1, 1]), ("XOR", [0, 1, 1, 0])]:
    w, b, epochs = train_perceptron(list(zip(inputs, outputs)))
    preds = [1 if w[0] * x1 + w[1] * x2 + b > 0 else 0 for x1, x2 in inputs]
    print(f"{name}: w=[{w[0]:.1f}, {w[1]:.1f}] b={b:.1f} epochs={epochs} preds={preds} ok={preds == outputs}")
