// The shortest decimal that reads back as the same float: what Python's repr and NumPy's "unique" mode print.
// A float32 has its own, shorter answer (np.float32(19.013954) prints 19.013954, not 19.013954162597656).

import { exactDecimal, parseDecimal, roundDecimal, type Decimal } from './decimal.ts';

/** The shortest digits that round-trip through a float64, or through a float32 when `float32` is set. */
export function shortestDecimal(x: number, float32: boolean): Decimal {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { negative, digits: '', point: 0 };
  if (!float32) {
    // ECMAScript's toExponential() without an argument is specified to give the shortest round-tripping digits.
    return parseDecimal(Math.abs(x).toExponential(), negative);
  }
  const magnitude = Math.abs(x);
  const exact = exactDecimal(magnitude);
  for (let keep = 1; keep < exact.digits.length; keep++) {
    const nearest = roundDecimal(exact, keep);
    if (readsBackAsFloat32(nearest, magnitude)) return { ...nearest, negative };
    // Just above a power of two the gap below is half the gap above, so the nearest short decimal can fall
    // outside while the next one up still reads back; Dragon4 finds that one too.
    const truncated = { ...exact, digits: exact.digits.slice(0, keep) };
    const other = nearest.digits === truncated.digits && nearest.point === truncated.point
      ? roundDecimal({ ...truncated, digits: truncated.digits + '9' }, keep) // the next decimal up
      : truncated;
    if (readsBackAsFloat32(other, magnitude)) return { ...other, negative };
  }
  return { ...exact, negative };
}

function readsBackAsFloat32(d: Decimal, magnitude: number): boolean {
  return Math.fround(Number(`0.${d.digits}e${d.point}`)) === magnitude;
}
