def parse(values):
    results = []
    for v in values:
        try:
            results.append(int(v))
        except ValueError:
            results.append(None)
        except TypeError as e:
            results.append(type(e).__name__)
    return results
print(parse(["1", "x", None, "3", [1]]))
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(e, e.field, e.args, isinstance(e, ValidationError))
def chain():
    try:
        {}["k"]
    except KeyError as e:
        try:
            raise RuntimeError("second") from e
        except RuntimeError as r:
            return r
r = chain()
print(r, repr(r.__cause__), r.__context__ is r.__cause__, r.__suppress_context__ if hasattr(r, "__suppress_context__") else "n/a")
results = []
for exc_type in (ZeroDivisionError, IndexError, ValueError):
    try:
        try:
            raise exc_type("boom")
        finally:
            results.append("finally")
    except (ZeroDivisionError, IndexError) as e:
        results.append("handled " + type(e).__name__)
    except Exception as e:
        results.append("generic " + type(e).__name__)
print(results)
try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e, e.args[2])
e = KeyError("key")
print(str(e), repr(e), e.args)
e2 = KeyError()
print(repr(str(e2)), repr(e2))
print(repr(ValueError("it's")), str(OSError("os")), repr(StopIteration(5)))
def gen_errors():
    for op in [lambda: 1 / 0, lambda: [][0], lambda: {}[1], lambda: int("z"), lambda: None.x, lambda: 1 + "a"]:
        try:
            op()
        except Exception as ex:
            print(type(ex).__name__ + ":", ex)
gen_errors()
try:
    pass
except Exception:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")
