d = {}
for word in "the cat and the hat and the bat".split():
    d[word] = d.get(word, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
d["cat"] = 10
del d["and"]
d["and"] = 0
print(list(d))
inverse = {v: k for k, v in d.items()}
print(inverse)
grades = {"alice": [90, 85], "bob": [70, 95]}
averages = {name: sum(s) / len(s) for name, s in grades.items()}
print(averages, max(averages, key=averages.get))
nested = {}
for (a, b) in [("x", 1), ("y", 2), ("x", 3)]:
    nested.setdefault(a, []).append(b)
print(nested)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, dict(merged, d=5), list(merged.items())[1])
print({i: i ** 2 for i in range(3)} == {2: 4, 1: 1, 0: 0}, {1: 2} != {1: 3})
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys, list(keys)[-1])
for k, v in sorted(d.items()):
    print(f"{k}: {v}")
