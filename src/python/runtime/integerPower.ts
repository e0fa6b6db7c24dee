// x ** n for a float x and an integer n, as CPython prints it. CPython calls the C library's pow(), which glibc
// rounds correctly in almost every case; V8's Math.pow does not (about one x ** n in ten, for n up to 30, differs
// in the last bit, and Python prints floats to the last bit). Repeated squaring in double-double arithmetic
// (a value and its rounding error, about 106 bits) and one final rounding gives the correctly rounded power.

type DoubleDouble = readonly [number, number];

/** Veltkamp's split constant, 2^27 + 1: a·SPLIT separates a double into two 26-bit halves. */
const SPLIT = 134217729;

/** a·b exactly, as the rounded product and its error (Dekker's TwoProduct). */
function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const as = SPLIT * a;
  const aHigh = as - (as - a);
  const aLow = a - aHigh;
  const bs = SPLIT * b;
  const bHigh = bs - (bs - b);
  const bLow = b - bHigh;
  return [p, aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow];
}

function multiply(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = twoProduct(a[0], b[0]);
  const error = e + (a[0] * b[1] + a[1] * b[0]);
  const sum = p + error;
  return [sum, error - (sum - p)];
}

/** 1 / a, to double-double precision (one Newton step from the double quotient). */
function reciprocal(a: DoubleDouble): DoubleDouble {
  const q = 1 / a[0];
  const [p, e] = twoProduct(q, a[0]);
  const residual = 1 - p - e - q * a[1];
  const correction = residual / a[0];
  const sum = q + correction;
  return [sum, correction - (sum - q)];
}

/** Where double-double products stay exact: away from overflow (the split, and squaring) and from subnormals. */
const SAFE_MAX = 2 ** 480;
const SAFE_MIN = 2 ** -960;

/**
 * x ** n, correctly rounded, for an integer n; null when the result leaves the range where double-double
 * arithmetic is exact (near overflow or underflow), and the caller's plain `**` gives the right answer there.
 */
export function integerPower(x: number, n: number): number | null {
  if (!Number.isFinite(x) || x === 0 || !Number.isSafeInteger(n) || Math.abs(n) > 2048) return null;
  let result: DoubleDouble = [1, 0];
  let base: DoubleDouble = [x, 0];
  for (let k = Math.abs(n); k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = multiply(result, base);
    if (k > 1) base = multiply(base, base);
    // Negated tests, so that a NaN from an overflowing split also gives up.
    const size = Math.max(Math.abs(result[0]), Math.abs(base[0]));
    if (!(size <= SAFE_MAX) || !(Math.abs(result[0]) >= SAFE_MIN) || (k > 1 && !(Math.abs(base[0]) >= SAFE_MIN))) return null;
  }
  const power = n < 0 ? reciprocal(result) : result;
  return power[0] + power[1];
}
