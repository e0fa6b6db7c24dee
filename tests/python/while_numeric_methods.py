# Numeric methods with while loops: Newton's method, bisection, gcd, Collatz, and digit sums.
def newton_sqrt(a, tol=1e-12):
    x = a
    steps = 0
    while abs(x * x - a) > tol * a:
        x = 0.5 * (x + a / x)
        steps += 1
    return x, steps

def bisect(f, lo, hi, tol=1e-10):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

for a in (2, 10, 1e6):
    root, steps = newton_sqrt(a)
    print(f"sqrt({a}) = {root:.12f} in {steps} steps")
print(round(bisect(lambda x: x ** 3 - 2 * x - 5, 2, 3), 9))
print(gcd(1071, 462), gcd(17, 5), [collatz_steps(n) for n in range(1, 11)], max(range(1, 100), key=collatz_steps))
n, digits = 9875, 0
while n:
    digits += n % 10
    n //= 10
print(digits)
