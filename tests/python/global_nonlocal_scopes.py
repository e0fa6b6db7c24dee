# Scopes: global and nonlocal declarations, shadowing, and name resolution order (LEGB).
counter = 0
config = {"lr": 0.1}

def bump():
    global counter
    counter += 1
    return counter

def tweak():
    config["lr"] = 0.01

def shadow():
    counter = 100
    return counter

bump(); bump(); tweak()
print(counter, config, shadow(), counter)

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "changed by middle"
        def inner():
            return x
        return inner()
    result = middle()
    return result, x

print(outer())

def make_account():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def get():
        return balance
    return deposit, get

deposit, get = make_account()
deposit(10); deposit(5)
print(get())
len = lambda x: "shadowed builtin"
print(len([1, 2]))
del len
print(len([1, 2]))
x = "global"
def reader():
    return x
def writer():
    x = "local"
    return x
print(reader(), writer(), x)
for i in range(3):
    pass
print("loop variable survives:", i)
