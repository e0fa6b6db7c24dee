// Float32 arithmetic as x86 performs it, for reproducing PyTorch's random normals bit for bit: single-rounding
// fused multiply-add, and the Cephes-style log/sincos of avx_mathfun.h that PyTorch's AVX2 normal_ kernel uses
// (its results differ from correctly rounded logf/sinf in the last bits, so those would not do).

const f = Math.fround;

const scratch = new DataView(new ArrayBuffer(4));
const bitsOf = (x: number): number => {
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
};
const fromBits = (b: number): number => {
  scratch.setUint32(0, b >>> 0);
  return scratch.getFloat32(0);
};

/** The float32 neighbours of a double: the largest float ≤ s and the smallest float ≥ s. */
function floatNeighbours(s: number): [number, number] {
  const r = f(s);
  if (r === s) return [r, r];
  const b = bitsOf(r);
  const towardZero = fromBits(b - 1);
  const awayFromZero = fromBits(b + 1);
  const other = Math.abs(r) > Math.abs(s) ? towardZero : awayFromZero;
  return r < other ? [r, other] : [other, r];
}

/** fmaf(a, b, c) on float32 inputs: a·b + c rounded once. a·b is exact in a double; the sum is rounded
 *  once to double, and when that double sits exactly midway between two floats the lost bits break the tie. */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  if (err === 0) return f(s);
  const [lo, hi] = floatNeighbours(s);
  if (lo !== hi && s === (lo + hi) / 2) return err > 0 ? hi : lo;
  return f(s);
}

// PyTorch's AVX2 kernels are built with FMA enabled, and GCC contracts each intrinsic multiply whose only use
// is an add into one fused multiply-add (the first multiply in statement order wins when two feed one add).
// Every `fmaf` below marks such a contraction; reproducing them is what makes the results bit-exact.

const MIN_NORM_POS = fromBits(0x00800000);
const SQRTHF = f(0.707106781186547524);
const LOG_P = [
  7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
  2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(f);
const LOG_Q1 = f(-2.12194440e-4);
const LOG_Q2 = f(0.693359375);

/** log256_ps for one lane. */
export function cephesLogf(input: number): number {
  if (!(input > 0)) return NaN;
  let x = Math.max(f(input), MIN_NORM_POS);
  const bits = bitsOf(x);
  let e = f((bits >>> 23) - 0x7f);
  x = fromBits((bits & ~0x7f800000) | bitsOf(0.5));
  e = f(e + 1);
  const below = x < SQRTHF;
  const tmp = below ? x : 0;
  x = f(x - 1);
  if (below) e = f(e - 1);
  x = f(x + tmp);
  const z = f(x * x);
  let y = LOG_P[0];
  for (let i = 1; i < LOG_P.length; i++) y = fmaf(y, x, LOG_P[i]);
  y = f(y * x);
  y = fmaf(y, z, f(e * LOG_Q1));
  y = fmaf(z, -0.5, y);
  x = f(x + y);
  return fmaf(e, LOG_Q2, x);
}

const FOPI = f(1.27323954473516);
const DP = [-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8].map(f);
const SINCOF = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COSCOF = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);

/** sincos256_ps for one lane: [sin x, cos x]. */
export function cephesSincosf(input: number): [number, number] {
  let sinNegative = input < 0 || Object.is(input, -0);
  let x = Math.abs(f(input));
  let j = Math.trunc(f(x * FOPI));
  j = (j + 1) & ~1;
  const y = f(j);
  if (j & 4) sinNegative = !sinNegative;
  const useSinPoly = (j & 2) === 0;
  const cosNegative = ((j - 2) & 4) === 0;
  for (const dp of DP) x = fmaf(y, dp, x);
  const z = f(x * x);
  let c = COSCOF[0];
  c = fmaf(c, z, COSCOF[1]);
  c = fmaf(c, z, COSCOF[2]);
  c = f(c * z);
  c = fmaf(c, z, -f(z * 0.5));
  c = f(c + 1);
  let s = SINCOF[0];
  s = fmaf(s, z, SINCOF[1]);
  s = fmaf(s, z, SINCOF[2]);
  s = f(s * z);
  s = fmaf(s, x, x);
  const sinValue = useSinPoly ? s : c;
  const cosValue = useSinPoly ? c : s;
  return [sinNegative ? -sinValue : sinValue, cosNegative ? -cosValue : cosValue];
}
