# np.random after np.random.seed: the same numbers as real NumPy (legacy RandomState).
import numpy as np

np.random.seed(0)
print(np.random.rand(3))
print(np.random.randn(2, 3))
print(np.random.randint(0, 10, size=8))
x = np.arange(10)
np.random.shuffle(x)
print(x)
print(np.random.permutation(5))
print(np.random.choice([10, 20, 30], size=4))
print(np.random.normal(5, 2, size=3).round(3))
print(np.random.uniform(0, 1))
print(np.random.randint(100))

# Shuffling features and labels together, as a training loop does
features = np.arange(12).reshape(6, 2)
labels = np.arange(6)
order = np.random.permutation(len(labels))
print(features[order])
print(labels[order])

rng = np.random.RandomState(42)
print(rng.rand(2), rng.randint(0, 5, 3))
