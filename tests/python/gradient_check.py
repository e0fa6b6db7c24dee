def f(x):
    return x ** 3 - 2 * x ** 2 + x - 5
def df(x):
    return 3 * x ** 2 - 4 * x + 1
h = 1e-5
for x in [-2.0, 0.0, 0.5, 3.0]:
    numeric = (f(x + h) - f(x - h)) / (2 * h)
    print(x, df(x), round(numeric, 6), abs(numeric - df(x)) < 1e-6)
x = 2.0
for step in range(20):
    x -= 0.05 * df(x)
print(round(x, 6), round(f(x), 6))
def newton(g, dg, x0, tol=1e-12):
    x = x0
    for i in range(50):
        nx = x - g(x) / dg(x)
        if abs(nx - x) < tol:
            return nx, i
        x = nx
    return x, 50
root, iters = newton(lambda v: v * v - 2, lambda v: 2 * v, 1.0)
print(root, iters, root * root)
