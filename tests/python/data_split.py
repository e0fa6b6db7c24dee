import random
random.seed(1)
data = [(i, i % 3) for i in range(20)]
random.shuffle(data)
split = int(0.8 * len(data))
train, test = data[:split], data[split:]
print(len(train), len(test), train[:3], test)
counts = {}
for _, label in train:
    counts[label] = counts.get(label, 0) + 1
print(dict(sorted(counts.items())))
random.seed(5)
weights = [random.uniform(-1, 1) for _ in range(3)]
print([round(w, 6) for w in weights])
batch = random.sample(range(100), 8)
print(batch, sorted(batch))
random.seed(0)
print([random.choice("ACGT") for _ in range(12)])
print(random.randrange(1, 100, 2), random.random() < 1, round(random.gauss(10, 2), 5))
