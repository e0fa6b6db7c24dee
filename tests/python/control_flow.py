for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while done")
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
x = 15
if x < 10:
    print("small")
elif x < 20:
    print("medium")
else:
    print("large")
print("yes" if x > 10 else "no", 1 if 0 else 2)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2 == 2, 1 != 2 != 1, 0 < x <= 15)
print(0 or "a", "" or 0, 1 and 2, 0 and 1, None or [] or "last", not 0, not [1])
total = 0
for i in range(1, 101):
    total += i
print(total)
i = 0
while i < 3:
    i += 1
else:
    print("ended at", i)
if (k := 10) > 5:
    print("walrus", k)
values = [y for x in range(5) if (y := x * 2) > 4]
print(values, y)
