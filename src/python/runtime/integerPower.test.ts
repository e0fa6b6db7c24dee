import { describe, expect, it } from 'vitest';
import { integerPower } from './integerPower.ts';
import { runCollecting } from '../modules/runForTest.ts';

// [x, n, CPython's x ** n], printed by /usr/bin/python3 (glibc's pow), each one where V8's x ** n differs in the
// last bit.
const CPYTHON: [number, number, number][] = [
  [-0.39812589802568477, -32, 6300082879172.403],
  [0.38620975880031994, 39, 7.693190601174605e-17],
  [-2.223958667887895, -9, -0.0007513799379845115],
  [-0.5901344619941753, -5, -13.971566942758917],
  [-2.975438379689616, 13, -1432723.8413178597],
  [2.958616330228283, 19, 892656456.6002599],
  [-0.16655962500686794, -16, 2850258501233.808],
  [2.7300037879279992, 6, 413.98013115396515],
  [1.7978624690979608, -30, 2.276701037136261e-08],
  [1.3487919938052917, -19, 0.0033966077137246834],
  [-2.064525445610581, 30, 2783602384.2214684],
  [-0.39714337945508627, -16, 2611215.8111546314],
  [2.2993668866289916, -33, 1.1666135031658333e-12],
  [2.0399987003592344, -23, 7.559838413434648e-08],
  [-0.34729147034973806, -31, -173173874771250.9],
  [2.830175751882445, -27, 6.324672543875626e-13],
];

describe('x ** n for an integer n', () => {
  it('is correctly rounded, as CPython prints it where V8 differs', () => {
    for (const [x, n, expected] of CPYTHON) {
      expect(x ** n).not.toBe(expected);
      expect(integerPower(x, n)).toBe(expected);
    }
  });

  it('leaves what double-double cannot hold exactly to the caller', () => {
    expect(integerPower(10, 400)).toBeNull(); // overflow: Python's OverflowError
    expect(integerPower(0.5, 1074)).toBeNull(); // subnormal
    expect(integerPower(0, 3)).toBeNull();
    expect(integerPower(2, 0.5)).toBeNull();
    expect(integerPower(-2, 3)).toBe(-8);
    expect(integerPower(3, -2)).toBe(1 / 9);
  });

  it('is what Python code gets from ** and math.pow', async () => {
    const run = await runCollecting('import math\nprint((-0.39812589802568477) ** -32, math.pow(-0.39812589802568477, -32), 1.1 ** 3)');
    expect(run.stdout).toBe('6300082879172.403 6300082879172.403 1.3310000000000004\n');
  });
});
