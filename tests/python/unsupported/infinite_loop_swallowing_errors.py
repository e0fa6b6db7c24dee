n = 0
while True:
    try:
        n += 1
        raise ValueError("keep going")
    except Exception:
        pass
