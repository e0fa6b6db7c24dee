// The per-element functions behind the CPU's unary and binary kernels, in double precision; the kernel stores
// each result into the output dtype, which rounds float32 results once, as float32 arithmetic would.

import type { BinaryOp, UnaryOp } from '../backend.ts';
import type { DType } from '../../dtype.ts';

/** Round half to even, as torch.round (and NumPy) do. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The error function, to double precision: a Taylor series near 0, a continued fraction for erfc beyond. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated from the tail.
  let frac = ax;
  for (let n = 60; n >= 1; n--) frac = ax + n / 2 / frac;
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / frac;
  return x > 0 ? 1 - erfc : erfc - 1;
}

export const UNARY: Record<UnaryOp, (x: number) => number> = {
  identity: (x) => x,
  neg: (x) => -x,
  abs: Math.abs,
  sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : x),
  exp: Math.exp,
  log: Math.log,
  log1p: Math.log1p,
  expm1: Math.expm1,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  reciprocal: (x) => 1 / x,
  sin: Math.sin,
  cos: Math.cos,
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  relu: (x) => (x > 0 ? x : Number.isNaN(x) ? x : 0),
  round: roundHalfEven,
  floor: Math.floor,
  ceil: Math.ceil,
  trunc: Math.trunc,
  not: (x) => (x === 0 ? 1 : 0),
  erf,
  isnan: (x) => (Number.isNaN(x) ? 1 : 0),
};

const floatRemainder = (a: number, b: number): number => {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
};

export const BINARY: Record<BinaryOp, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow: Math.pow,
  // torch.maximum/minimum propagate NaN, where Math.max would too; kept explicit for the reader.
  maximum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)),
  minimum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)),
  floordiv: (a, b) => Math.floor(a / b),
  remainder: floatRemainder,
  atan2: Math.atan2,
  eq: (a, b) => (a === b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  lt: (a, b) => (a < b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  gt: (a, b) => (a > b ? 1 : 0),
  ge: (a, b) => (a >= b ? 1 : 0),
  and: (a, b) => (a !== 0 && b !== 0 ? 1 : 0),
  or: (a, b) => (a !== 0 || b !== 0 ? 1 : 0),
  xor: (a, b) => ((a !== 0) !== (b !== 0) ? 1 : 0),
};

/** How a computed double is stored in a dtype: floats as they are (the typed array rounds float32), int64
 *  truncated toward zero, bool as 0/1. */
export function storeAs(dtype: DType): (x: number) => number {
  if (dtype === 'int64') return (x) => Math.trunc(x) + 0; // + 0 turns -0 into 0: integers have no sign of zero
  if (dtype === 'bool') return (x) => (x !== 0 ? 1 : 0);
  return (x) => x;
}
