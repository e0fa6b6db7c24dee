n = 1
while n < 1000:
    n *= 3
print(n)
x = 100.0
steps = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    steps += 1
print(x, steps)
digits = []
m = 987654321
while m:
    m, d = divmod(m, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
count = 0
i = 0
while True:
    i += 1
    if i % 2:
        continue
    count += 1
    if count == 5:
        break
print(i, count)
