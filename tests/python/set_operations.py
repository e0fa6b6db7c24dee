evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(evens & threes, evens | threes, evens - threes, evens ^ threes)
print(sorted(evens), len(evens | threes), 6 in evens & threes)
letters = set("hello world")
print(sorted(letters), len(letters), " " in letters)
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {9, 2}
print(s)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, {fs: "frozen"}[frozenset({1, 2, 3})], fs == {1, 2, 3})
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} > {1}, {1, 2} <= {1, 2}, set() < {1})
words = ["apple", "banana", "apple", "cherry", "banana"]
print(len(set(words)), sorted(set(words)), [w for w in dict.fromkeys(words)])
print({(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)}, {0.5, 1, 1.0, True})
print(set([5, 3, 11, 1]), {20, 4, 12}, {-3, 3, 0}, {33, 1, 65})
big = set(range(100))
big.discard(50)
print(len(big), 50 in big, min(big), max(big))
