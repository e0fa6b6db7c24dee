# try/except/else/finally flow, exceptions in loops, re-raising, and cleanup order.
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            value = float(item)
        except (TypeError, ValueError) as err:
            bad.append((item, type(err).__name__))
            continue
        else:
            good.append(value)
        finally:
            pass
    return good, bad

print(parse_all(["1.5", "x", None, "2e3", "", "-0"]))

def risky(n):
    log = []
    try:
        log.append("try")
        if n == 0:
            raise ZeroDivisionError("n is zero")
        if n < 0:
            return log + ["early return"]
        log.append("body done")
    except ZeroDivisionError as e:
        log.append(f"caught {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for n in (1, 0, -1):
    print(n, risky(n))

def reraiser():
    try:
        [][1]
    except IndexError:
        print("logging and re-raising")
        raise

try:
    reraiser()
except IndexError as e:
    print("outer caught:", e)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print(e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
