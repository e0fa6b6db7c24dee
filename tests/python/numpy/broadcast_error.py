# Shapes that cannot broadcast raise NumPy's ValueError.
import numpy as np

a = np.array([1, 2, 3])
print(a + np.array([[1], [2]]))
print(a + np.array([1, 2]))
