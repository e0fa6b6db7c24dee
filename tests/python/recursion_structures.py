# Recursion over nested structures: flatten, depth, tree sums, permutations and binary search.
def flatten(items):
    out = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(i) for i in items), default=0)

tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}]},
    {"value": 3, "children": [{"value": 5, "children": []}, {"value": 6, "children": []}]},
]}

def tree_sum(node):
    return node["value"] + sum(tree_sum(c) for c in node["children"])

def paths(node, prefix=()):
    here = prefix + (node["value"],)
    if not node["children"]:
        return [here]
    return [p for c in node["children"] for p in paths(c, here)]

def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]

def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    return binary_search(xs, target, mid + 1, hi) if xs[mid] < target else binary_search(xs, target, lo, mid - 1)

nested = [1, [2, [3, [4, 5]], 6], (7, [8])]
print(flatten(nested), depth([1, [2, [3]]]), depth([]), tree_sum(tree), paths(tree))
print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
sorted_nums = list(range(0, 100, 7))
print([binary_search(sorted_nums, t) for t in (0, 49, 98, 50)])
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
