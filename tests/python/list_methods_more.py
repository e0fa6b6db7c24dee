stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
nums = [5, 2, 8, 2, 9]
print(nums.index(2), nums.index(2, 2), nums.count(2), 8 in nums, nums.count(42))
nums.sort()
print(nums)
nums.sort(key=lambda v: -v)
print(nums)
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort()
print(pairs, sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), max(words, key=len), min(words, key=len))
m = [[3, 1], [2, 5], [1, 9]]
print(sorted(m), sorted(m, key=lambda r: r[1]), [sorted(r) for r in m])
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
z = x * 2
print(z, z.count(1), list(reversed(z)) == z[::-1])
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2], [] == [], [0] * 0)
copy = list(lst)
copy.extend(range(3))
copy.extend("ab")
print(copy, len(copy))
