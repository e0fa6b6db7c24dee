class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
class Batches:
    def __init__(self, data, size):
        self.data, self.size = data, size
    def __iter__(self):
        return iter([self.data[i:i + self.size] for i in range(0, len(self.data), self.size)])
    def __len__(self):
        return (len(self.data) + self.size - 1) // self.size
loader = Batches(list(range(10)), 4)
print(len(loader), list(loader))
for i, batch in enumerate(loader):
    print(i, batch, sum(batch))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "empty"))
pairs = zip(Countdown(3), "abc")
print(list(pairs), list(pairs))
e = enumerate(["x", "y"])
print(next(e), list(e))
m = map(str.upper, ["a", "b"])
print(next(m), list(m))
nums = iter(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens, list(nums))
def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(3, Countdown(10)), take(2, "hello"), take(5, range(3)))
print(list(iter([1, 2, 3].pop, 1)))
