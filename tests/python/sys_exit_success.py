# sys.exit(0) ends a program early and successfully; code after it never runs.
import sys

def check(values):
    if not values:
        print("nothing to do")
        sys.exit(0)
    print("processing", values)

check([1, 2])
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    exit("message")
except SystemExit as e:
    print("exit() raises SystemExit too:", e.code)
check([])
print("never printed")
