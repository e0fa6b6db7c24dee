# Seeded random numbers for reproducible toy datasets: shuffle, sample, choice, gauss, uniform, randint.
import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.uniform(-1, 1), random.choice("abc"))
data = list(range(10))
random.shuffle(data)
print(data, random.sample(range(100), 5), random.choices(["x", "y"], k=4))
random.seed(7)
points = [(round(random.gauss(0, 1), 4), round(random.gauss(5, 2), 4)) for _ in range(3)]
print(points)
random.seed(0)
xs = [random.uniform(0, 10) for _ in range(5)]
ys = [2 * x + 1 + random.gauss(0, 0.5) for x in xs]
print([round(x, 3) for x in xs], [round(y, 3) for y in ys])
random.seed(1)
coin = [random.random() < 0.5 for _ in range(20)]
print(sum(coin), "".join("H" if c else "T" for c in coin), random.randrange(0, 100, 5), random.getrandbits(16))
