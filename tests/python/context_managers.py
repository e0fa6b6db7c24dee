class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"start {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc_value, traceback):
        print("  " * Timer.depth + f"stop {self.name} exc={exc_type.__name__ if exc_type else None} msg={exc_value}")
        Timer.depth -= 1
        return False
with Timer("outer") as o:
    with Timer("inner") as i:
        print("body", o, i)
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.caught = v
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError, IndexError) as s:
    [][3]
print("suppressed", type(s.caught).__name__, s.caught)
def use():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"
print(use())
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        print("work", i)
