# Sorting with keys, reverse, stability, and min/max with keys and defaults.
people = [
    {"name": "Zoe", "age": 28, "score": 88.5},
    {"name": "adam", "age": 35, "score": 92.0},
    {"name": "Bea", "age": 28, "score": 92.0},
    {"name": "carl", "age": 41, "score": 75.25},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["score"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])], [p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted([(1, "b"), (1, "a"), (0, "z")]))
by_age = sorted(people, key=lambda p: p["age"], reverse=True)
print([(p["name"], p["age"]) for p in by_age])
print(min(people, key=lambda p: p["score"])["name"], max(people, key=lambda p: p["score"])["name"])
print(min([], default="none"), max([4, 7, 1]), min(3, 1, 2), max("apple", "fig", key=len), min((5, 2), (5, 1)))
words = ["kiwi", "fig", "banana", "apple", "date"]
words.sort(key=len)
print(words, sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), sorted([0.5, -1, 2, -3.5], key=abs), list(reversed(sorted(range(4)))))
