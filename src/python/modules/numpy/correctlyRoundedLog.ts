// The natural logarithm rounded correctly, as glibc's log() gives it (and as NumPy's legacy normals therefore
// see it). JavaScript's Math.log may be one unit in the last place off, which NumPy's polar method magnifies into
// a visibly different number; so log is evaluated here in double-double arithmetic (about 104 bits) and rounded
// once.

/** A value hi + lo with |lo| ≤ ulp(hi)/2. */
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

const SPLITTER = 134217729; // 2**27 + 1: Dekker's split into two 26-bit halves

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLITTER * a;
  const ahi = ca - (ca - a);
  const alo = a - ahi;
  const cb = SPLITTER * b;
  const bhi = cb - (cb - b);
  const blo = b - bhi;
  return [p, ahi * bhi - p + ahi * blo + alo * bhi + alo * blo];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

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
