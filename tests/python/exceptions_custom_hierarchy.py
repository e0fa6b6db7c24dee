# A custom exception hierarchy, exception attributes, chaining, and handler order.
class ModelError(Exception):
    pass

class ShapeMismatch(ModelError):
    def __init__(self, expected, got):
        super().__init__(f"expected {expected}, got {got}")
        self.expected, self.got = expected, got

class NotTrained(ModelError):
    pass

def predict(x, trained=True):
    if not trained:
        raise NotTrained("call fit() first")
    if len(x) != 3:
        raise ShapeMismatch(3, len(x))
    return sum(x)

for args in ([1, 2, 3], [1, 2], None):
    try:
        if args is None:
            predict([0, 0, 0], trained=False)
        else:
            print("ok", predict(args))
    except ShapeMismatch as e:
        print("shape:", e, e.expected, e.got, e.args)
    except ModelError as e:
        print(type(e).__name__ + ":", e)
try:
    try:
        int("three")
    except ValueError as e:
        raise ModelError("bad config") from e
except ModelError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(ShapeMismatch, Exception), isinstance(NotTrained(), ModelError), ShapeMismatch.__mro__[1].__name__)
