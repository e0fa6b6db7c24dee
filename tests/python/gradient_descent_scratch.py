# Linear regression by batch gradient descent in pure Python, with a learning-rate comparison.
xs = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
ys = [1.0, 3.1, 4.9, 7.2, 8.8, 11.1]

def fit(lr, epochs):
    w, b = 0.0, 0.0
    n = len(xs)
    history = []
    for epoch in range(epochs):
        preds = [w * x + b for x in xs]
        errors = [p - y for p, y in zip(preds, ys)]
        loss = sum(e * e for e in errors) / n
        dw = 2 * sum(e * x for e, x in zip(errors, xs)) / n
        db = 2 * sum(errors) / n
        w -= lr * dw
        b -= lr * db
        history.append(loss)
    return w, b, history

for lr in (0.01, 0.05, 0.08):
    w, b, history = fit(lr, 200)
    print(f"lr={lr}: w={w:.4f} b={b:.4f} loss {history[0]:.3f} -> {history[-1]:.5f}")
w, b, history = fit(0.05, 1000)
print(round(w, 4), round(b, 4), [round(h, 4) for h in history[:5]], len(history))
print("prediction at x=10:", round(w * 10 + b, 3))
