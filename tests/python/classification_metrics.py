# Classification metrics by hand: confusion matrix, accuracy, precision, recall, F1, macro averages.
y_true = ["cat", "dog", "cat", "bird", "dog", "cat", "bird", "dog", "cat", "bird"]
y_pred = ["cat", "cat", "cat", "bird", "dog", "dog", "bird", "dog", "bird", "bird"]
labels = sorted(set(y_true))
matrix = {t: {p: 0 for p in labels} for t in labels}
for t, p in zip(y_true, y_pred):
    matrix[t][p] += 1
print("true\\pred " + " ".join(f"{l:>5}" for l in labels))
for t in labels:
    print(f"{t:>9} " + " ".join(f"{matrix[t][p]:>5}" for p in labels))
accuracy = sum(matrix[l][l] for l in labels) / len(y_true)
report = {}
for l in labels:
    tp = matrix[l][l]
    fp = sum(matrix[t][l] for t in labels if t != l)
    fn = sum(matrix[l][p] for p in labels if p != l)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report[l] = (precision, recall, f1, tp + fn)
print(f"accuracy {accuracy:.2f}")
for l, (p, r, f, support) in report.items():
    print(f"{l:>5}  precision {p:.3f}  recall {r:.3f}  f1 {f:.3f}  support {support}")
macro = [sum(v[i] for v in report.values()) / len(report) for i in range(3)]
print("macro", [round(m, 4) for m in macro])
