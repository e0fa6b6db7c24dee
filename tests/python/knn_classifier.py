# k-nearest neighbours from scratch on a tiny 2-D dataset.
import math

train = [((1.0, 1.1), "red"), ((1.2, 0.8), "red"), ((0.9, 1.3), "red"), ((3.0, 3.2), "blue"),
         ((3.3, 2.9), "blue"), ((2.8, 3.5), "blue"), ((2.0, 2.0), "blue"), ((1.5, 1.6), "red")]

def distance(a, b):
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))

def predict(point, k=3):
    neighbours = sorted(train, key=lambda item: distance(item[0], point))[:k]
    votes = {}
    for _, label in neighbours:
        votes[label] = votes.get(label, 0) + 1
    return max(sorted(votes), key=votes.get), [round(distance(p, point), 3) for p, _ in neighbours]

for query in [(1.0, 1.0), (3.0, 3.0), (2.0, 1.8), (1.9, 2.4)]:
    label, dists = predict(query)
    print(query, label, dists)
correct = 0
for i, (x, y) in enumerate(train):
    rest = train[:i] + train[i + 1:]
    neighbours = sorted(rest, key=lambda item: distance(item[0], x))[:3]
    labels = [l for _, l in neighbours]
    guess = max(set(labels), key=labels.count)
    correct += guess == y
print(f"leave-one-out accuracy: {correct}/{len(train)} = {correct / len(train):.3f}")
