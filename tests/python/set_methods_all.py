# Set methods on class enrolment data.
math = {"ann", "bob", "cy", "dee"}
art = {"bob", "dee", "eve"}
print(sorted(math | art), sorted(math & art), sorted(math - art), sorted(math ^ art))
print(sorted(math.union(art, {"zed"})), sorted(math.intersection(art)), sorted(math.difference(art)), sorted(math.symmetric_difference(art)))
print({"bob"} <= art, {"bob"} < art, art >= {"eve"}, math.isdisjoint({"zz"}), {"ann"}.issubset(math), math.issuperset({"cy"}))
s = set()
for n in [3, 1, 3, 2, 1]:
    s.add(n)
print(s, len(s), 2 in s)
s.discard(5)
s.remove(3)
s.update([7, 8], {9})
print(s, s.pop() in {1, 2, 7, 8, 9})
s.intersection_update({7, 8, 100})
print(s)
s.difference_update({8})
print(s, s.copy() == s, frozenset([1, 2]) | {3})
words = "to be or not to be".split()
print(len(set(words)), sorted(set(words)), {len(w) for w in words})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(set("hello") == set("olleh"), sorted(set([3, 1, 2])), {1, 2} == {2, 1}, set() == frozenset())
