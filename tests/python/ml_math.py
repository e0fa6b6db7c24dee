import math
def sigmoid(x):
    return 1 / (1 + math.exp(-x))
def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    s = sum(exps)
    return [e / s for e in exps]
def cross_entropy(probs, label):
    return -math.log(probs[label])
def mean(xs):
    return sum(xs) / len(xs)
def std(xs):
    mu = mean(xs)
    return math.sqrt(sum((x - mu) ** 2 for x in xs) / len(xs))
print([round(sigmoid(x), 6) for x in [-2, 0, 2]], sigmoid(10))
p = softmax([1.0, 2.0, 3.0])
print(p, sum(p), cross_entropy(p, 2))
data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(mean(data), std(data), [(x - mean(data)) / std(data) for x in data][:3])
labels = [0, 2, 1, 2]
one_hot = [[1.0 if i == y else 0.0 for i in range(3)] for y in labels]
print(one_hot)
preds = [0.9, 0.2, 0.7, 0.4]
truth = [1, 0, 1, 1]
acc = sum((p > 0.5) == bool(t) for p, t in zip(preds, truth)) / len(truth)
bce = -mean([t * math.log(p) + (1 - t) * math.log(1 - p) for p, t in zip(preds, truth)])
print(acc, round(bce, 6), f"{bce:.4f}")
mse = mean([(p - t) ** 2 for p, t in zip(preds, truth)])
print(mse, math.sqrt(mse), math.tanh(0.5), math.log(2) / math.log(10))
w = [0.5, -0.25]
x = [[1.0, 2.0], [3.0, 4.0]]
print([sum(wi * xi for wi, xi in zip(w, row)) for row in x])
relu = lambda v: max(0.0, v)
print([relu(v) for v in [-1.5, 0.0, 2.5]], math.exp(-1e3), math.exp(700) > 1e300)
