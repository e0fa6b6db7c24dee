import { describe, expect, it } from 'vitest';
import { runCollecting } from '../modules/runForTest.ts';
import { correctlyRoundedExp } from './correctlyRoundedExp.ts';

// [x, CPython's math.exp(x)], printed by /usr/bin/python3 (glibc), each one where V8's Math.exp differs in the
// last bit.
const CPYTHON: [number, number][] = [
  [-3.974646809685753, 0.0187859353335155],
  [-9.379764970605, 8.441504021785788e-05],
  [6.018175419704566, 410.8283222061653],
  [1.6850358594039783, 5.392644305893033],
  [4.368809548970326, 78.94959011387589],
  [-1.8412772876601835, 0.15861470006562936],
  [7.355580678554446, 1564.9054386399378],
  [7.933192828552031, 2788.3152198189814],
  [8.812425108479264, 6717.189443649134],
  [9.555946328972706, 14128.4578412084],
  [2.54682218021912, 12.766469712997273],
  [-9.556350620183803, 7.075052364087933e-05],
];

describe('exp, correctly rounded', () => {
  it('gives CPython\'s value where V8 differs', () => {
    for (const [x, expected] of CPYTHON) {
      expect(Math.exp(x)).not.toBe(expected);
      expect(correctlyRoundedExp(x)).toBe(expected);
    }
  });

  it('is exact where exp is, and leaves the extremes to Math.exp', () => {
    expect(correctlyRoundedExp(0)).toBe(1);
    expect(correctlyRoundedExp(1)).toBe(Math.E);
    expect(correctlyRoundedExp(-Infinity)).toBe(0);
    expect(correctlyRoundedExp(710)).toBe(Infinity);
    expect(correctlyRoundedExp(Number.NaN)).toBeNaN();
  });

  it('is what math.exp and math.log give Python code', async () => {
    const run = await runCollecting('import math\nprint(math.exp(-3.974646809685753), math.log(2.6972131657037686), math.log(8, 2))');
    expect(run.stdout).toBe('0.0187859353335155 0.9922190791149931 3.0\n');
  });
});
