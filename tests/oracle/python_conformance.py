#!/usr/bin/env python3
"""Generates the expected outputs of the Python conformance programs in tests/python/ and tests/python/lifetime/.

For each NAME.py, runs it with real CPython (/usr/bin/python3, 3.11, with Debian's python3-torch for the
lifetime programs) and writes NAME.out (stdout). When the program fails, also writes NAME.err: its stderr
traceback, with the file's absolute path replaced by 'NAME.py' (the filename the Vitest runner gives Tandem).
Error programs are named err_*.py and must fail; the others must succeed.

usage: /usr/bin/python3 tests/oracle/python_conformance.py [PATH.py ...]
       (default: every tests/python/*.py and tests/python/lifetime/*.py)
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), 'python')
FOLDERS = [PROGRAMS, os.path.join(PROGRAMS, 'lifetime')]


def generate(path):
    name = os.path.basename(path)
    folder = os.path.dirname(path)
    stem = name[:-3]
    run = subprocess.run(['/usr/bin/python3', path], capture_output=True, text=True, timeout=300, cwd=folder,
                         env=dict(os.environ, PYTHONHASHSEED='0'))
    with open(os.path.join(folder, stem + '.out'), 'w') as f:
        f.write(run.stdout)
    err_path = os.path.join(folder, stem + '.err')
    expect_error = stem.startswith('err_')
    if run.returncode != 0:
        if not expect_error:
            sys.exit(f'{name} failed in CPython but is not an err_ program:\n{run.stderr}')
        with open(err_path, 'w') as f:
            f.write(run.stderr.replace(path, name))
    else:
        if expect_error:
            sys.exit(f'{name} is an err_ program but ran without error')
        if os.path.exists(err_path):
            os.remove(err_path)
    print(f'{name}: {"error" if run.returncode else "ok"}')


def main():
    paths = [os.path.abspath(p) for p in sys.argv[1:]]
    if not paths:
        paths = sorted(p for folder in FOLDERS for p in glob.glob(os.path.join(folder, '*.py')))
    for path in paths:
        generate(path)


main()
