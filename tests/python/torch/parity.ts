// Running a program in Tandem and comparing its output with what real PyTorch/NumPy printed (NAME.out, and
// NAME.err's exception line for programs that fail), under the rule tools/pyparity uses: text equal once
// numbers are masked, numbers within 1e-4 relative or one unit of the last digit printed. Float32 arithmetic in
// a different order may move the last digit; anything more is a real difference.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from '../../../src/python/run.ts';

const NUMBER = /-?\d+\.\d*(?:e[-+]?\d+)?|-?\d+e[-+]?\d+|-?\d+/g;

function close(got: string, want: string): boolean {
  const [a, b] = [Number(got), Number(want)];
  const decimals = want.includes('.') ? want.split('.')[1]!.split('e')[0]!.length : 0;
  const unit = want.includes('e') ? Math.abs(b) * 10 ** -Math.max(decimals, 1) : 10 ** -decimals;
  return Math.abs(a - b) <= Math.max(1e-4 * Math.abs(b), 1.01 * unit, 1e-7);
}

/** Why `got` differs from `want`, or null when they agree. */
export function outputDifference(got: string, want: string): string | null {
  const g = got.replace(/\n$/, '').split('\n');
  const w = want.replace(/\n$/, '').split('\n');
  for (let i = 0; i < Math.min(g.length, w.length); i++) {
    const [gl, wl] = [g[i]!, w[i]!];
    if (gl.replace(NUMBER, '#').trimEnd() !== wl.replace(NUMBER, '#').trimEnd()) {
      return `line ${i + 1}: got ${JSON.stringify(gl)}, real Python printed ${JSON.stringify(wl)}`;
    }
    const [gn, wn] = [gl.match(NUMBER) ?? [], wl.match(NUMBER) ?? []];
    for (let k = 0; k < wn.length; k++) {
      if (!close(gn[k]!, wn[k]!)) return `line ${i + 1}: ${gn[k]} vs ${wn[k]} in ${JSON.stringify(gl)}`;
    }
  }
  return g.length === w.length ? null : `${g.length} lines, real Python printed ${w.length}`;
}

export interface Expected {
  stdout: string;
  /** The exception line for a program real Python ended with an error. */
  error: string | null;
}

export function programsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort();
}

export function expectedOf(dir: string, name: string): Expected {
  const stem = join(dir, name.replace(/\.py$/, ''));
  const errPath = `${stem}.err`;
  return {
    stdout: readFileSync(`${stem}.out`, 'utf8'),
    error: existsSync(errPath) ? readFileSync(errPath, 'utf8').trim() : null,
  };
}

export interface Ran {
  stdout: string;
  /** The last line of the traceback, or null when the program finished. */
  error: string | null;
}

export async function runFile(dir: string, name: string): Promise<Ran> {
  let stdout = '';
  const result = await runPython(
    readFileSync(join(dir, name), 'utf8'),
    { stdout: (t) => (stdout += t), metric: () => {}, figure: () => {} },
    { filename: name, timeLimitMs: 30_000 },
  );
  const error = result.ok ? null : (result.error.traceback.trimEnd().split('\n').pop() ?? '');
  return { stdout, error };
}
