# Every dict method, building an inventory.
stock = {"apple": 5, "pear": 2}
stock["kiwi"] = 7
stock.update({"pear": 4, "plum": 1})
stock.update(fig=3)
print(stock, len(stock), "apple" in stock, "grape" in stock)
print(stock.get("apple"), stock.get("grape"), stock.get("grape", 0), stock.setdefault("lime", 9), stock.setdefault("apple", 100))
print(stock.pop("plum"), stock.pop("nope", "missing"), stock.popitem(), stock)
print(list(stock.keys()), list(stock.values()), list(stock.items())[:2])
for name, count in sorted(stock.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name:>6}: {'#' * count}")
merged = {"a": 1, "b": 2} | {"b": 20, "c": 3}
print(merged, dict.fromkeys(["x", "y"], 0), dict(zip("abc", range(3))), dict([("k", "v")]), dict(a=1))
inverse = {v: k for k, v in merged.items()}
print(inverse, {k: v for k, v in merged.items() if v > 2})
d = {}
for word in "one two three two three three".split():
    d[word] = d.get(word, 0) + 1
print(d, max(d, key=d.get), sorted(d, key=lambda w: -d[w]))
del d["one"]
copy = d.copy()
copy["two"] = 0
print(d, copy, d == {"three": 3, "two": 2}, {**d, "four": 4})
d.clear()
print(d, bool(d), {1: "int", 1.0: "float", True: "bool"})
nested = {"model": {"layers": [8, 1], "act": "relu"}, "lr": 0.01}
print(nested["model"]["layers"][0], nested.get("model", {}).get("act"), list(nested))
