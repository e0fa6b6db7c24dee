a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print("x" in a.keys(), 2 in a.values(), ("y", 2) in a.items(), len(a.items()))
print(list(a.items())[0], sorted(a.values(), reverse=True), max(a.items(), key=lambda kv: kv[1]))
keys = a.keys()
a["new"] = 9
print(list(keys), list(reversed(a.keys())), list(reversed(a.values())))
print(a.keys() == {"x", "y", "z", "new"}, dict(a.items()) == a, {k: a[k] for k in sorted(a)})
for k, v in list(a.items()):
    if v > 2:
        del a[k]
print(a)
