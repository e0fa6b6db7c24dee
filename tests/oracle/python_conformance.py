#!/usr/bin/env python3
"""Generates the expected outputs of the Python conformance programs in tests/python/.

For each NAME.py, runs it with real CPython (/usr/bin/python3, 3.11) and writes NAME.out (stdout). When the
program fails, also writes NAME.err: its stderr traceback, with the file's absolute path replaced by 'NAME.py'
(the filename the Vitest runner gives Tandem). Error programs are named err_*.py and must fail; the others
must succeed.

usage: python3 tests/oracle/python_conformance.py [NAME.py ...]   (default: all of tests/python/*.py)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), 'python')


def generate(name):
    path = os.path.join(PROGRAMS, name)
    stem = name[:-3]
    run = subprocess.run(['/usr/bin/python3', path], capture_output=True, text=True, timeout=120, cwd=PROGRAMS,
                         env=dict(os.environ, PYTHONHASHSEED='0'))
    with open(os.path.join(PROGRAMS, stem + '.out'), 'w') as f:
        f.write(run.stdout)
    err_path = os.path.join(PROGRAMS, stem + '.err')
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
    names = sys.argv[1:] or sorted(n for n in os.listdir(PROGRAMS) if n.endswith('.py'))
    for name in names:
        generate(os.path.basename(name))


main()
