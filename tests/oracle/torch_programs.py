#!/usr/bin/env python3
"""Runs every program in tests/python/torch and tests/python/numpy with real PyTorch and NumPy (Debian
python3-torch, python3-numpy) and records what it printed: NAME.out holds stdout; NAME.err, only for a program
that fails, holds the last line of stderr (the exception).
    /usr/bin/python3 tests/oracle/torch_programs.py
tests/python/torch/programs.test.ts runs the same programs in Tandem and compares.
"""
import glob
import os
import subprocess

PYTHON = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python')
PROGRAMS = sorted(glob.glob(os.path.join(PYTHON, 'torch', '*.py')) + glob.glob(os.path.join(PYTHON, 'numpy', '*.py')))

for path in PROGRAMS:
    run = subprocess.run(['/usr/bin/python3', path], capture_output=True, text=True, cwd=os.path.dirname(path),
                         env=dict(os.environ, MPLBACKEND='Agg'))
    base = path[:-3]
    with open(base + '.out', 'w') as f:
        f.write(run.stdout)
    err = base + '.err'
    if run.returncode != 0:
        lines = [l for l in run.stderr.strip().split('\n') if l.strip()]
        with open(err, 'w') as f:
            f.write(lines[-1].strip() + '\n')
    elif os.path.exists(err):
        os.remove(err)
    print(os.path.basename(path), 'exit', run.returncode)
