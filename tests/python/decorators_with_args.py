# Decorators with arguments, stacked decorators, class decorators and decorators that keep state.
import functools

def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

def trace(fn):
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@repeat(3)
def roll(sides=6):
    return sides

@trace
@trace
def add(a, b):
    return a + b

print(roll(), roll(sides=20), roll.__name__)
add(2, 3)

def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def step():
    return "step"

for _ in range(4):
    step()
print(step.calls)

registry = {}
def register(name):
    def decorate(cls):
        registry[name] = cls
        return cls
    return decorate

@register("sgd")
class SGD:
    pass

@register("adam")
class Adam:
    pass

print(sorted(registry), registry["adam"].__name__)

def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for key, kind in types.items():
                if not isinstance(kwargs[key], kind):
                    raise TypeError(f"{key} must be {kind.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorate

@validate(lr=float, epochs=int)
def train(lr, epochs):
    return f"training {epochs} epochs at lr={lr}"

print(train(lr=0.1, epochs=5))
try:
    train(lr=1, epochs=5)
except TypeError as e:
    print("TypeError:", e)
