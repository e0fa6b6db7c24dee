truth = [0, 1, 2, 2, 1, 0, 1, 2, 0, 1]
pred = [0, 2, 2, 2, 1, 0, 0, 2, 1, 1]
k = 3
cm = [[0] * k for _ in range(k)]
for t, p in zip(truth, pred):
    cm[t][p] += 1
print("   " + " ".join(f"p{j}" for j in range(k)))
for i, row in enumerate(cm):
    print(f"t{i} " + " ".join(f"{v:2d}" for v in row))
acc = sum(cm[i][i] for i in range(k)) / len(truth)
for c in range(k):
    tp = cm[c][c]
    fp = sum(cm[r][c] for r in range(k)) - tp
    fn = sum(cm[c]) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"class {c}: precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
print(f"accuracy={acc:.1%}")
