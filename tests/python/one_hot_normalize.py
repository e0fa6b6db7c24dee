# Preprocessing by hand: one-hot encoding, min-max and z-score normalisation, train/test split.
labels = ["cat", "dog", "bird", "dog", "cat", "cat"]
classes = sorted(set(labels))
index = {c: i for i, c in enumerate(classes)}
one_hot = [[1 if index[l] == j else 0 for j in range(len(classes))] for l in labels]
print(classes, index)
for l, row in zip(labels, one_hot):
    print(f"{l:>5} {row}")
decoded = [classes[row.index(1)] for row in one_hot]
print(decoded == labels)
features = [[150, 50.5], [160, 60.0], [170, 65.5], [180, 80.0], [190, 95.5]]
cols = list(zip(*features))
mins, maxs = [min(c) for c in cols], [max(c) for c in cols]
scaled = [[(v - lo) / (hi - lo) for v, lo, hi in zip(row, mins, maxs)] for row in features]
print([[round(v, 3) for v in row] for row in scaled])
means = [sum(c) / len(c) for c in cols]
stds = [(sum((v - m) ** 2 for v in c) / len(c)) ** 0.5 for c, m in zip(cols, means)]
z = [[round((v - m) / s, 4) for v, m, s in zip(row, means, stds)] for row in features]
print(means, [round(s, 4) for s in stds], z[0], z[-1])
data = list(range(10))
split = int(len(data) * 0.8)
train, test = data[:split], data[split:]
print(train, test, len(train) / len(data))
