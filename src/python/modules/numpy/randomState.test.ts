// np.random draws what NumPy 1.24's legacy RandomState draws, bit for bit: every step of
// tests/fixtures/numpy_random.json (from tests/oracle/numpy_random.py) prints the same text here, and Python's
// float repr is exact, so equal text is equal bits.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCollecting } from '../runForTest.ts';
import { RandomState } from './randomState.ts';

interface Step {
  setup: string;
  expr: string;
  printed: string;
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/numpy_random.json'), 'utf8')) as {
  cases: { seed: number; steps: Step[] }[];
};

const SHOWN = `
def shown(v):
    if isinstance(v, np.ndarray):
        return f'ndarray {v.dtype} {v.shape} {v.tolist()!r}'
    return f'{type(v).__name__} {v!r}'
`;

describe('np.random follows NumPy 1.24 RandomState draw for draw', () => {
  for (const { seed, steps } of fixture.cases) {
    it(`seed ${seed}: ${steps.length} calls in one stream`, async () => {
      const program = [
        'import numpy as np',
        SHOWN,
        `np.random.seed(${seed})`,
        ...steps.flatMap((s) => [...(s.setup === '' ? [] : [s.setup]), `print(shown(${s.expr}))`]),
      ].join('\n');
      const ran = await runCollecting(program);
      expect(ran.error).toBeNull();
      const lines = ran.stdout.trimEnd().split('\n');
      steps.forEach((s, i) => expect(`${s.expr} -> ${lines[i]}`).toBe(`${s.expr} -> ${s.printed}`));
    });
  }
});

describe('RandomState', () => {
  it('seeds as init_genrand: the first double of seed 0 is 0.5488135039273248', () => {
    expect(new RandomState(0).double()).toBe(0.5488135039273248);
  });

  it('keeps the second polar normal for the next call, and a new seed drops it', () => {
    const a = new RandomState(5);
    const first = a.gaussian();
    const cached = a.gaussian();
    a.seed(5);
    expect(a.gaussian()).toBe(first);
    expect(a.gaussian()).toBe(cached);
  });
});

describe('np.random errors are NumPy\'s (and Tandem says plainly what it lacks)', () => {
  const errorOf = async (code: string) => {
    const ran = await runCollecting(`import numpy as np\n${code}`);
    return ran.error?.trimEnd().split('\n').pop();
  };

  it.each([
    ['np.random.seed(-1)', 'ValueError: Seed must be between 0 and 2**32 - 1'],
    ['np.random.randint(5, 5)', 'ValueError: low >= high'],
    ['np.random.normal(0, -1)', 'ValueError: scale < 0'],
    ['np.random.choice(3, 4, replace=False)', "ValueError: Cannot take a larger sample than population when 'replace=False'"],
    ['np.random.choice(3, p=[0.5, 0.6, 0.1])', 'ValueError: probabilities do not sum to 1'],
    ['np.random.choice([[1, 2]])', 'ValueError: a must be 1-dimensional'],
    ['np.random.permutation(np.float64(2.0))', 'IndexError: x must be an integer or at least 1-dimensional'],
    [
      'np.random.default_rng(0)',
      'NotImplementedError: np.random.default_rng is not supported in Tandem; use np.random.seed(n) with np.random.rand, randn, ... or np.random.RandomState(n)',
    ],
  ])('%s', async (code, message) => {
    expect(await errorOf(code)).toBe(message);
  });
});
