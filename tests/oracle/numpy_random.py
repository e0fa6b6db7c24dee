#!/usr/bin/env python3
"""NumPy's legacy RandomState, draw for draw: what a seeded program gets from np.random.rand, randn, normal,
uniform, randint, permutation, shuffle and choice, one stream per seed (so the cached second normal and the
mix of 32- and 64-bit draws are part of what is checked).

Run with Debian's python3-numpy (NumPy 1.24):
    /usr/bin/python3 tests/oracle/numpy_random.py
It writes tests/fixtures/numpy_random.json, read by src/python/modules/numpy/randomState.test.ts, which runs
the same steps in Tandem and requires the same printed text: Python's repr of a float is its shortest
round-trip form, so equal text means bit-identical numbers.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'numpy_random.json')

# (statements run first, expression printed)
STEPS = [
    ('', 'np.random.rand(5)'),
    ('', 'np.random.rand()'),
    ('', 'np.random.rand(2, 3)'),
    ('', 'np.random.randn(7)'),
    ('', 'np.random.randn()'),
    ('', 'np.random.standard_normal(3)'),
    ('', 'np.random.normal(2.0, 3.0, size=(2, 3))'),
    ('', 'np.random.normal()'),
    ('', 'np.random.normal([0.0, 10.0], [1.0, 2.0])'),
    ('', 'np.random.normal(np.zeros((2, 1)), 1.0, size=(2, 3))'),
    ('', 'np.random.uniform(-1, 1, 4)'),
    ('', 'np.random.uniform()'),
    ('', 'np.random.uniform(5, 2, size=2)'),
    ('', 'np.random.random((2, 2))'),
    ('', 'np.random.random_sample()'),
    ('', 'np.random.random()'),
    ('', 'np.random.randint(10)'),
    ('', 'np.random.randint(5, 100, size=6)'),
    ('', 'np.random.randint(0, 2**40, size=3)'),
    ('', 'np.random.randint(-3, 3, size=(2, 2))'),
    ('', 'np.random.randint(7, dtype=np.int64)'),
    ('', 'np.random.randint(1, 2, size=3)'),
    ('', 'np.random.permutation(10)'),
    ('', 'np.random.permutation(np.arange(6) * 1.5)'),
    ('', 'np.random.permutation([[1, 2], [3, 4], [5, 6]])'),
    ('a = list(range(8)); np.random.shuffle(a)', 'a'),
    ('b = np.arange(5); np.random.shuffle(b)', 'b'),
    ('c = np.arange(8).reshape(4, 2); np.random.shuffle(c)', 'c'),
    ('', 'np.random.choice(5)'),
    ('', 'np.random.choice(5, 4)'),
    ('', 'np.random.choice(10, 4, replace=False)'),
    ('', 'np.random.choice([1.5, 2.5, 3.5], size=5, p=[0.2, 0.3, 0.5])'),
    ('', 'np.random.choice(6, 3, replace=False, p=[0.1, 0.2, 0.3, 0.1, 0.2, 0.1])'),
    ('', "np.random.choice(['a', 'b', 'c'])"),
    ('', 'np.random.choice(np.array([10, 20, 30]))'),
    ('', 'np.random.choice(4, size=(2, 2))'),
    ('', 'np.random.RandomState(7).rand(3)'),
    ('r = np.random.RandomState(3); r.randn(3)', 'r.randint(0, 10, 5)'),
    ('', 'np.random.rand(3)'),
]

SEEDS = [0, 1, 42, 1234, 2**32 - 1]


def shown(v):
    """What the test prints for a value: its type, dtype for arrays, and the exact numbers."""
    if isinstance(v, np.ndarray):
        return f'ndarray {v.dtype} {v.shape} {v.tolist()!r}'
    return f'{type(v).__name__} {v!r}'


cases = []
for seed in SEEDS:
    np.random.seed(seed)
    steps = []
    for setup, expr in STEPS:
        scope = {'np': np}
        if setup:
            exec(setup, scope)
        steps.append({'setup': setup, 'expr': expr, 'printed': shown(eval(expr, scope))})
    cases.append({'seed': seed, 'steps': steps})

with open(OUT, 'w') as f:
    json.dump({'numpy_version': np.__version__, 'cases': cases}, f, indent=1)
    f.write('\n')
print('wrote', OUT)
