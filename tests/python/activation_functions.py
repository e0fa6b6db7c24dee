# Activation functions and softmax in pure Python with the math module.
import math

def sigmoid(x):
    return 1 / (1 + math.exp(-x))

def relu(x):
    return max(0.0, x)

def leaky_relu(x, a=0.01):
    return x if x > 0 else a * x

def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]

def log_softmax(xs):
    m = max(xs)
    log_sum = m + math.log(sum(math.exp(x - m) for x in xs))
    return [x - log_sum for x in xs]

print(f"{'x':>6}{'sigmoid':>10}{'tanh':>10}{'relu':>8}{'leaky':>9}")
for x in [-3.0, -1.0, -0.1, 0.0, 0.5, 2.0, 5.0]:
    print(f"{x:>6}{sigmoid(x):>10.5f}{math.tanh(x):>10.5f}{relu(x):>8}{leaky_relu(x):>9.3f}")
logits = [2.0, 1.0, 0.1]
probs = softmax(logits)
print([round(p, 6) for p in probs], round(sum(probs), 12), [round(v, 6) for v in log_softmax(logits)])
print(softmax([1000, 1000]), [round(p, 4) for p in softmax([1, 2, 3, 4])])
target = 0
loss = -math.log(probs[target])
print(f"cross-entropy {loss:.6f}, gradient {[round(p - (i == target), 6) for i, p in enumerate(probs)]}")
