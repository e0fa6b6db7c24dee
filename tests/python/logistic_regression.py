import math
xs = [1.0, 2.0, 3.0, 6.0, 7.0, 8.0]
ys = [0, 0, 0, 1, 1, 1]
w, b, lr = 0.0, 0.0, 0.1
def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))
for epoch in range(1, 301):
    dw = db = loss = 0.0
    for x, y in zip(xs, ys):
        p = sigmoid(w * x + b)
        loss += -(y * math.log(p) + (1 - y) * math.log(1 - p))
        dw += (p - y) * x
        db += p - y
    n = len(xs)
    w -= lr * dw / n
    b -= lr * db / n
    if epoch % 100 == 0:
        acc = sum((sigmoid(w * x + b) > 0.5) == (y == 1) for x, y in zip(xs, ys)) / n
        print(f"epoch {epoch}: loss={loss / n:.4f} acc={acc:.2f}")
print(round(w, 4), round(b, 4), [round(sigmoid(w * x + b), 3) for x in [0, 4.5, 10]])
