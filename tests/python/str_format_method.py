# str.format and format(): positional, keyword, index and attribute fields.
print("{} + {} = {}".format(2, 3, 5), "{1} {0} {1}".format("a", "b"), "{name} is {age}".format(name="Bo", age=7))
point = {"x": 1, "y": 2}
print("{0[x]},{0[y]}".format(point), "{p[x]}".format(p=point), "{0:>6}|{1:<6}|".format("r", "l"))
class Pet:
    def __init__(self, kind, legs):
        self.kind, self.legs = kind, legs
pet = Pet("cat", 4)
print("A {0.kind} has {0.legs} legs".format(pet), "{:.3f}".format(2 / 3), "{:,}".format(10 ** 6))
print(format(3.14159, ".2f"), format(42, "08b"), format("hi", "^6"), format(1234.5678, ",.1f"), format(0.5, "%"))
row = "{:<10}{:>8}{:>8}"
print(row.format("item", "qty", "price"))
for item, qty, price in [("apple", 3, 0.5), ("melon", 1, 2.75), ("grape", 20, 0.05)]:
    print(row.format(item, qty, f"{price:.2f}"))
print("{:{}}".format("w", 5) + "|", "{!r}".format("q"), "{{}}".format(), "{0}{0}".format("ab"))
data = {"loss": 0.12345, "acc": 0.9876}
print(", ".join("{}={:.3f}".format(k, v) for k, v in data.items()), "{loss:.2f}/{acc:.1%}".format(**data))
print("%s and %r" % ("x", "x"), "{:>{w}}".format("r", w=4), "{:e}".format(0.000123))
