// e**x rounded correctly, as glibc's exp() gives it to CPython's math.exp: V8's Math.exp is one unit in the last
// place off for about one argument in ten, which Python's float printing shows. Evaluated in double-double
// arithmetic (./doubleDouble.ts) and rounded once.

import { add, div, mul, type DD } from './doubleDouble.ts';

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** exp(r) for |r| ≤ ln2/2: Taylor's series of exp(r / 2**SQUARINGS), then squared back. */
const SQUARINGS = 8;
const TERMS = 12;

/** exp(x) for |x| ≤ 700, correctly rounded; Math.exp elsewhere (overflow, underflow and subnormals). */
export function correctlyRoundedExp(x: number): number {
  if (!(Math.abs(x) <= 700)) return Math.exp(x);
  // x = k·ln2 + r, with r computed in double-double so that no bit of x is lost.
  const k = Math.round(x / LN2[0]);
  const r = add([x, 0], mul(LN2, [-k, 0]));
  const small: DD = [r[0] / 2 ** SQUARINGS, r[1] / 2 ** SQUARINGS];
  // 1 + s(1 + s/2(1 + s/3(…))), innermost first
  let e: DD = [1, 0];
  for (let n = TERMS; n >= 1; n--) e = add([1, 0], mul(e, div(small, [n, 0])));
  for (let i = 0; i < SQUARINGS; i++) e = mul(e, e);
  const scale = 2 ** k;
  return e[0] * scale + e[1] * scale;
}
