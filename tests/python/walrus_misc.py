data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
filtered = [y for x in data if (y := x * 10) > 30]
print(filtered, y)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
values = iter([1, 2, 0, 4])
total = 0
while (v := next(values)):
    total += v
print(total)
print(1 < 2 < 3 > 2, 3 > 2 == 2, (1 < 2) == True, 1 < 2 is not None)
a = b = c = []
a.append(1)
print(b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
i = 5
i -= 2; i *= 3; i //= 2; i **= 2; i %= 7
print(i)
s = "ab"
s += "cd"
s *= 2
print(s)
f = 2.5
f /= 2
f -= 0.25
print(f)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 1
bits <<= 2
bits >>= 1
print(bits)
print(*range(3), sep=", ", end=".\n")
print("a", "b", sep="")
print()
print("no newline", end="")
print(" then newline")
print(None, [None], {None: None})
