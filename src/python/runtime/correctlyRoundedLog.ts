// The natural logarithm rounded correctly, as glibc's log() gives it (and as NumPy's legacy normals therefore
// see it). JavaScript's Math.log may be one unit in the last place off, which NumPy's polar method magnifies into
// a visibly different number; so log is evaluated here in double-double arithmetic (about 104 bits) and rounded
// once.

import { add, div, mul, twoSum, type DD } from './doubleDouble.ts';

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** 1/(2n + 1) for the atanh series, n = 0 … TERMS − 1. |s| ≤ 0.172 needs 22 terms for 2**-106. */
const TERMS = 24;
const ODD_RECIPROCALS: DD[] = Array.from({ length: TERMS }, (_, n) => div([1, 0], [2 * n + 1, 0]));

/** log(x) for finite x > 0, correctly rounded. */
export function correctlyRoundedLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  // x = 2**k · m with m in [√½, √2), so f = m − 1 is exact (Sterbenz) and small.
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  if (m >= 2) (m /= 2), k++;
  if (m < 1) (m *= 2), k--;
  if (m > Math.SQRT2) (m /= 2), k++;
  const f = m - 1;
  // log(m) = 2·atanh(s), s = f / (2 + f)
  const s = div([f, 0], twoSum(2, f));
  const z = mul(s, s);
  let series = ODD_RECIPROCALS[TERMS - 1]!;
  for (let n = TERMS - 2; n >= 0; n--) series = add(mul(series, z), ODD_RECIPROCALS[n]!);
  const logM = mul(mul(s, series), [2, 0]);
  const result = add(mul(LN2, [k, 0]), logM);
  return result[0] + result[1];
}
