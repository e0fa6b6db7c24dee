// `npm run py -- FILE.py` prints the program's output on stdout, a CPython-style traceback on stderr, and
// exits 1 on error, naming the file by its absolute path as Python 3.11 does; sys.exit(n) exits with n.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function py(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-py-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, code);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/py.ts'), file], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { file, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('the py command', () => {
  it('runs a program and exits 0', () => {
    const r = py('print("hello", 40 + 2)\n');
    expect(r).toMatchObject({ stdout: 'hello 42\n', stderr: '', status: 0 });
  });

  it('prints the traceback to stderr and exits 1', () => {
    const r = py('print("before")\nprint(undefined_name)\n');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${r.file}", line 2, in <module>\n    print(undefined_name)\n` +
        `          ^^^^^^^^^^^^^^\nNameError: name 'undefined_name' is not defined\n`,
    );
    expect(r.status).toBe(1);
  });

  it('exits with the status sys.exit was given, printing nothing more', () => {
    expect(py('import sys\nprint("a")\nsys.exit(3)\nprint("b")\n')).toMatchObject({ stdout: 'a\n', stderr: '', status: 3 });
    expect(py('import sys\nsys.exit(0)\n')).toMatchObject({ stderr: '', status: 0 });
  });

  it('prints the message sys.exit was given to stderr and exits 1', () => {
    expect(py('import sys\nsys.exit("fatal: no data")\n')).toMatchObject({ stdout: '', stderr: 'fatal: no data\n', status: 1 });
  });
});
