print("start")
def f(:
    pass
