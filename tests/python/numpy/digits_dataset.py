# sklearn.datasets.load_digits: the UCI digits as scikit-learn ships them.
import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
print(digits.data.shape, digits.data.dtype, digits.target.shape, digits.target.dtype, digits.images.shape)
print(digits.data[0].reshape(8, 8).astype(int))
print(digits.images[1796])
print(digits.target[:20], digits.target[-5:])
print(digits.data.sum(), digits.target.sum(), digits.data.max())
print(sorted(digits.keys()))
print(digits.feature_names[:3], digits.target_names)
X, y = load_digits(return_X_y=True)
print(X.shape, y.shape, (X == digits.data).all())
small = load_digits(n_class=3)
print(small.data.shape, small.target.max())
