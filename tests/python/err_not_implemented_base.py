class Layer:
    def forward(self, x):
        raise NotImplementedError("subclasses must implement forward")

class Dense(Layer):
    pass

Dense().forward(1)
