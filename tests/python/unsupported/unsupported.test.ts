// Programs CPython runs but Tandem does not (generators, async, match, input/open/eval, modules it does not
// provide, complex numbers) or cannot finish (endless loops): each must fail plainly, naming the feature, at
// its line, with a traceback in CPython's form. The expected text (NAME.err) is written by hand, since no
// CPython prints it; NAME.out is what the program printed before failing. Endless loops end at a step limit.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/python/run.ts';

const dir = import.meta.dirname;
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('features outside Tandem fail plainly at their line', () => {
  for (const name of programs) {
    it(name, async () => {
      let stdout = '';
      const result = await runPython(
        readFileSync(join(dir, name), 'utf8'),
        { stdout: (t) => (stdout += t), metric: () => {}, figure: () => {} },
        { filename: name, stepLimit: 100_000 },
      );
      expect(stdout).toBe(readFileSync(join(dir, name.replace(/\.py$/, '.out')), 'utf8'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.traceback).toBe(readFileSync(join(dir, name.replace(/\.py$/, '.err')), 'utf8'));
      expect(['NotImplementedError', 'ModuleNotFoundError', 'TimeoutError']).toContain(result.error.type);
    });
  }
});
