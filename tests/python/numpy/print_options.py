# np.set_printoptions: precision and suppress (what tutorials set), threshold and edgeitems, linewidth.
import numpy as np

a = np.array([1.0 / 3, 2.0 / 3, 1e-6, 12.5])
print(a)
np.set_printoptions(precision=3)
print(a, repr(a))
np.set_printoptions(suppress=True)
print(a)
print(np.array([[1e-9, 1.0], [0.5, 2.0]]))
print(np.float64(1.0 / 3))
np.set_printoptions(threshold=5, edgeitems=2)
print(np.arange(10))
np.set_printoptions(linewidth=20)
print(np.arange(10) * 1.5)
opts = np.get_printoptions()
print(opts['precision'], opts['suppress'], opts['threshold'], opts['edgeitems'], opts['linewidth'])
np.set_printoptions(precision=8, suppress=False, threshold=1000, edgeitems=3, linewidth=75)
print(a)
