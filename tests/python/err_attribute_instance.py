class Model:
    def __init__(self):
        self.weights = [0.5]
m = Model()
print(m.weights)
print(m.weight)
