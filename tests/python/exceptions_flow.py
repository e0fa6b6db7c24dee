def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return 10 // (n - 2)
for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("value", e, e.args)
    except (KeyError, ZeroDivisionError) as e:
        print("lookup/zero", type(e).__name__, e, repr(e))
    else:
        print("ok", r)
    finally:
        print("finally", n)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class DbError(AppError):
    pass
try:
    raise DbError(500, "db down")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup ran")
print(cleanup())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
for exc in [IndexError, KeyError, LookupError]:
    try:
        raise exc("x")
    except LookupError as e:
        print("caught", type(e).__name__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, str(e), repr(e))
e = Exception("a", 1)
print(str(e), repr(e), e.args, str(Exception()), repr(ValueError()))
def nested_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(nested_finally())
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
