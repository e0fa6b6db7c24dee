import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.ts';

describe('formatNumber', () => {
  it('keeps four significant digits by default and drops trailing zeros', () => {
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(19.199627)).toBe('19.2');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(-1.23456, 5)).toBe('-1.2346');
  });

  it('writes the very small and very large with an exponent', () => {
    expect(formatNumber(0.0000123)).toBe('1.230e-5');
    expect(formatNumber(36590000)).toBe('3.659e+7');
    expect(formatNumber(0)).toBe('0');
  });

  it('shows what is not a number as it is', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
