def check(v):
    try:
        return 10 / v
    except ZeroDivisionError:
        print("logging the failure")
        raise
check(0)
