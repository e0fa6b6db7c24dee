counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x, show()
print(shadow(), x)
def enclosing():
    v = 1
    def middle():
        def innermost():
            return v * 10
        return innermost()
    v = 5
    return middle()
print(enclosing())
class K:
    attr = 5
    doubled = [i * 2 for i in range(attr)]
print(K.doubled)
y = 1
def reads_then_defines():
    values = [y for _ in range(2)]
    return values
print(reads_then_defines())
def gen_names():
    total = 0
    for name in ["a", "bb", "ccc"]:
        total += len(name)
    return total, name
print(gen_names())
squares = [n * n for n in range(4)]
print(squares, "n" in dir())
