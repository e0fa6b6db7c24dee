# for/while with break, continue and else; nested loops with flags.
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None

print([first_divisor(n) for n in [7, 9, 15, 2, 1]])
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while finished at", i)
count = 0
while True:
    count += 1
    if count > 4:
        break
print("count", count)
target = 7
grid = [[1, 2, 3], [4, 7, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == target:
            found = (r, c)
            break
    if found:
        break
print("found", found)
total = 0
for x in range(100):
    if x % 2 == 0:
        continue
    if x > 15:
        break
    total += x
print(total, x)
for ch in "":
    print("never")
else:
    print("empty loop else runs")
