#!/usr/bin/env python3
"""Converts scikit-learn's handwritten digits (load_digits: 1797 images of 8x8 pixels, ink 0..16, labels 0..9)
into public/data/digits.bin, the file Tandem's sklearn.datasets.load_digits reads (from disk in the CLI, by
fetch in the browser). Run once with Debian's python3-sklearn:
    /usr/bin/python3 tests/oracle/digits_data.py
Layout: 1797 x 64 bytes of pixels (row-major, one byte per pixel, 0..16), then 1797 bytes of labels.
The data is the test set of the UCI "Optical Recognition of Handwritten Digits" data set (Alpaydin and Kaynak,
1998; CC BY 4.0 per the UCI repository), as scikit-learn ships it; see public/data/README.md.
"""
import os

import numpy as np
import sklearn
from sklearn.datasets import load_digits

digits = load_digits()
assert digits.data.shape == (1797, 64) and digits.target.shape == (1797,)
pixels = digits.data.astype(np.uint8)
assert (pixels == digits.data).all() and pixels.max() <= 16
labels = digits.target.astype(np.uint8)
out = os.path.join(os.path.dirname(__file__), '..', '..', 'public', 'data', 'digits.bin')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'wb') as f:
    f.write(pixels.tobytes())
    f.write(labels.tobytes())
print(f'{len(labels)} digits from scikit-learn {sklearn.__version__} -> {os.path.normpath(out)}')
