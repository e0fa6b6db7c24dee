values = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(2), len, print, int, type]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), callable(v), hasattr(v, "__len__"), isinstance(v, type))
print(type(type), type(object), issubclass(type, object), isinstance(int, type), isinstance(type, object))
print(int.__name__, str.__mro__, bool.__bases__, type(len).__name__, type([].append).__name__)
print(issubclass(int, (str, float)), issubclass(bool, (str, int)), isinstance(1, object), isinstance(None, type(None)))
