# Custom context managers: setup/teardown order, suppressing errors, nesting, returning values from __enter__.
class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"start {self.name}")
        self.ticks = 0
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"stop {self.name} after {self.ticks} ticks, error={exc_type.__name__ if exc_type else None}")
        return False

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Timer("train") as t:
    for _ in range(3):
        t.ticks += 1
with Suppress(KeyError, IndexError):
    [][0]
print("after suppress")
with Timer("outer") as a, Timer("inner") as b:
    a.ticks, b.ticks = 1, 2
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

class NoGrad:
    enabled = True
    def __enter__(self):
        self.previous = NoGrad.enabled
        NoGrad.enabled = False
    def __exit__(self, *exc):
        NoGrad.enabled = self.previous

print(NoGrad.enabled)
with NoGrad():
    print(NoGrad.enabled)
    with NoGrad():
        print(NoGrad.enabled)
print(NoGrad.enabled)
