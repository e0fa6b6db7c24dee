def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ValueError(f"unknown key {key!r}") from e
load("b")
