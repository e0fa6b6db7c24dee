# A decision stump: try every feature and threshold, keep the split with the lowest Gini impurity.
data = [
    ([2.7, 1.0], 0), ([1.3, 2.2], 0), ([3.5, 1.6], 0), ([1.1, 3.0], 0),
    ([6.4, 3.1], 1), ([7.0, 0.9], 1), ([5.8, 2.6], 1), ([6.9, 1.7], 1), ([3.9, 2.9], 1),
]

def gini(groups):
    total = sum(len(g) for g in groups)
    score = 0.0
    for g in groups:
        if not g:
            continue
        p1 = sum(label for _, label in g) / len(g)
        score += (1 - p1 ** 2 - (1 - p1) ** 2) * len(g) / total
    return score

best = None
for feature in range(2):
    for x, _ in data:
        threshold = x[feature]
        left = [d for d in data if d[0][feature] < threshold]
        right = [d for d in data if d[0][feature] >= threshold]
        g = gini([left, right])
        if best is None or g < best[0]:
            best = (g, feature, threshold, len(left), len(right))
print("best split: gini=%.4f feature=%d threshold=%.1f sizes=%d/%d" % best)
_, feature, threshold, _, _ = best
predict = lambda x: 1 if x[feature] >= threshold else 0
print([predict(x) for x, _ in data], sum(predict(x) == y for x, y in data) / len(data))
