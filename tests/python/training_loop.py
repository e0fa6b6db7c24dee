# A pure-Python linear regression with gradient descent, the shape of a training loop.
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.0 * x + 1.0 for x in xs]
w, b = 0.0, 0.0
lr = 0.01
history = []
for epoch in range(200):
    grad_w = 0.0
    grad_b = 0.0
    loss = 0.0
    for x, y in zip(xs, ys):
        pred = w * x + b
        err = pred - y
        loss += err * err
        grad_w += 2 * err * x
        grad_b += 2 * err
    n = len(xs)
    loss /= n
    w -= lr * grad_w / n
    b -= lr * grad_b / n
    history.append(loss)
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d} loss {loss:.6f} w={w:.4f} b={b:.4f}")
print(f"final w={w:.4f} b={b:.4f} loss={history[-1]:.6f}")
print(round(w * 10 + b, 3), len(history), min(history) == history[-1])
def predict(x):
    return w * x + b
print([round(predict(x), 2) for x in [6, 7]])
accuracies = [1.0 if abs(predict(x) - y) < 0.5 else 0.0 for x, y in zip(xs, ys)]
print(sum(accuracies) / len(accuracies))
