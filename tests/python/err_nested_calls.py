def layer3(x):
    return x["missing"]
def layer2(x):
    return layer3(x) + 1
def layer1(x):
    return layer2(x) * 2
layer1({})
