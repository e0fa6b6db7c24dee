// log rounded correctly: the double nearest the true logarithm (computed with Python's decimal at 50 digits),
// where Math.log may land one unit away.

import { describe, expect, it } from 'vitest';
import { correctlyRoundedLog } from './correctlyRoundedLog.ts';

describe('correctlyRoundedLog', () => {
  it.each([
    [0.5890022579825517, -0.5293252617512233],
    [0.39325509496422606, -0.9332967810838743],
    [0.1772112589385827, -1.7304127048014923],
    [1e-30, -69.07755278982137],
    [123456.789, 11.723646487185881],
  ])('log(%s) = %s', (x, expected) => {
    expect(correctlyRoundedLog(x)).toBe(expected);
  });

  it('is exact at 1 and follows Math.log outside (0, ∞)', () => {
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(-1)).toBeNaN();
  });
});
