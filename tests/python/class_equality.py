class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a in [a], b in [a], [a].count(a), [a, b].index(b))
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
print(Val(1) == Val(1), Val(1) != Val(2), Val(1) == 1, 1 == Val(1), Val(2) in [Val(1), Val(2)], [Val(3)].index(Val(3)))
print(Val.__hash__ is None)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, None == AlwaysEqual())
class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"O{self.k}"
items = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(items), min(items), max(items), Ordered(1) < Ordered(2), Ordered(5) > Ordered(4))
print([1, 2] == [1, 2.0], (1, "a") == (1, "a"), {"a": [1]} == {"a": [1]}, {1, 2} == {2, 1}, [[]] == [[]])
print(float("nan") in [float("nan")], 1 == 1.0 == True, "1" == 1, None == None, [] == ())
