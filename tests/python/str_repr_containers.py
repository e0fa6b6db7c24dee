class Item:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"Item {self.name}"
    def __repr__(self):
        return f"Item({self.name!r})"
class OnlyStr:
    def __str__(self):
        return "only-str"
items = [Item("a"), Item("b")]
print(items[0], str(items[0]), repr(items[0]), items, (items[0],), {"k": items[0]}, f"{items[0]}", f"{items[0]!r}")
print("%s / %r" % (items[0], items[0]), "{} {!r}".format(items[1], items[1]), str(items))
o = OnlyStr()
print(o, f"{o}", str([1, "two", 3.0, None, True, (4,), {5}, {"six": 6}]))
print(repr("a'b"), repr('a"b'), str(["a'b", 'a"b']), [repr("x")])
