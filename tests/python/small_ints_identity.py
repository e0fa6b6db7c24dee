a = 256
b = 256
print(a is b, a == b, None is None, True is not False, [] is [], () == ())
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
s = "hello"
t = s
print(s is t, s == "hel" + "lo", type(s) is str, type(1) is int, type(True) is bool, isinstance(True, int))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, ... is Ellipsis)
