class Model:
    def __init__(self):
        self.trained = False
    def predict(self, x):
        self._check()
        return x
    def _check(self):
        if not self.trained:
            raise RuntimeError("model is not trained yet")

Model().predict(3)
