def f(log):
    for i in range(3):
        try:
            log.append(f"try {i}")
            if i == 1:
                continue
            if i == 2:
                return "returned"
        finally:
            log.append(f"finally {i}")
    return "end"
log = []
print(f(log), log)
def g():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
g()
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(h())
def nested_returns():
    try:
        return "try"
    finally:
        print("finally before return value is used")
print(nested_returns())
def exception_then_else():
    try:
        value = int("5")
    except ValueError:
        value = -1
    else:
        value *= 2
    finally:
        value += 1
    return value
print(exception_then_else())
