d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d.update({"d": 4}, e=5)
d.setdefault("f", 6)
d.setdefault("a", 100)
print(d)
print(d.pop("b"), d.pop("zz", None), d.popitem(), d)
del d["a"]
print(d, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
squares = {x: x * x for x in range(5)}
print(squares, sum(squares.values()), max(squares, key=squares.get))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t", None: 0, "s": [1]})
e = dict.fromkeys(["x", "y"], 0)
print(e, e == {"y": 0, "x": 0}, {**e, "z": 1}, e | {"w": 2})
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
for key in d:
    print(key, end=" ")
print()
c = d.copy()
c["new"] = 1
print(len(c), len(d), c.clear(), c)
print(sorted({"b": 1, "a": 2}), list(reversed({"x": 1, "y": 2})))
