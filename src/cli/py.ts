// `npm run py -- FILE.py`: runs a Python file with Tandem's interpreter on the CPU backend, printing exactly what
// the browser console would: the program's output on stdout, a CPython-style traceback on stderr, exit status 1
// on error (or sys.exit's status). This is how we compare Tandem with real Python (tools/pyparity).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPython } from '../python/run.ts';

async function main(argv: string[]): Promise<number> {
  const path = argv[0];
  if (path === undefined || argv.length > 1) {
    process.stderr.write('usage: npm run py -- FILE.py\n');
    return 2;
  }
  // Python 3.9+ names the script by its absolute path in tracebacks.
  const filename = path.startsWith('/') ? path : resolve(path);
  let code: string;
  try {
    code = readFileSync(filename, 'utf8');
  } catch {
    process.stderr.write(`python: can't open file '${filename}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const result = await runPython(
    code,
    {
      stdout: (text) => process.stdout.write(text),
      metric: () => {},
      figure: () => {},
      warning: (text) => process.stderr.write(text),
    },
    { filename },
  );
  if (result.ok) return 0;
  process.stderr.write(result.error.traceback);
  // sys.exit(n) exits with n; an uncaught exception with 1, as python3 does.
  return result.exitCode ?? 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
