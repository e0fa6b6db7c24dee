// Double-double arithmetic: a value as an unevaluated sum hi + lo of two doubles (about 106 bits), for results
// that must be rounded once, correctly, where V8's Math functions may be one unit in the last place off and
// CPython (through glibc) is not: Python prints floats to the last bit.

/** A value hi + lo with |lo| ≤ ulp(hi)/2. */
export type DD = readonly [number, number];

/** a + b exactly, as the rounded sum and its error (Knuth's TwoSum). */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

const SPLITTER = 134217729; // 2**27 + 1: Dekker's split into two 26-bit halves

/** a·b exactly, as the rounded product and its error (Dekker's TwoProduct; |a|, |b| below 2**996). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLITTER * a;
  const ahi = ca - (ca - a);
  const alo = a - ahi;
  const cb = SPLITTER * b;
  const bhi = cb - (cb - b);
  const blo = b - bhi;
  return [p, ahi * bhi - p + ahi * blo + alo * bhi + alo * blo];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}
