// x ** n for a float x and an integer n, as CPython prints it. CPython calls the C library's pow(), which glibc
// rounds correctly in almost every case; V8's Math.pow does not (about one x ** n in ten, for n up to 30, differs
// in the last bit, and Python prints floats to the last bit). Repeated squaring in double-double arithmetic
// (a value and its rounding error, about 106 bits) and one final rounding gives the correctly rounded power.

import { div, mul, type DD } from './doubleDouble.ts';

/** Where double-double products stay exact: away from overflow (the split, and squaring) and from subnormals. */
const SAFE_MAX = 2 ** 480;
const SAFE_MIN = 2 ** -960;

/**
 * x ** n, correctly rounded, for an integer n; null when the result leaves the range where double-double
 * arithmetic is exact (near overflow or underflow), and the caller's plain `**` gives the right answer there.
 */
export function integerPower(x: number, n: number): number | null {
  if (!Number.isFinite(x) || x === 0 || !Number.isSafeInteger(n) || Math.abs(n) > 2048) return null;
  let result: DD = [1, 0];
  let base: DD = [x, 0];
  for (let k = Math.abs(n); k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = mul(result, base);
    if (k > 1) base = mul(base, base);
    // Negated tests, so that a NaN from an overflowing split also gives up.
    const size = Math.max(Math.abs(result[0]), Math.abs(base[0]));
    if (!(size <= SAFE_MAX) || !(Math.abs(result[0]) >= SAFE_MIN) || (k > 1 && !(Math.abs(base[0]) >= SAFE_MIN))) return null;
  }
  const power = n < 0 ? div([1, 0], result) : result;
  return power[0] + power[1];
}
