// Each unary and binary op as a WGSL expression over typed values, with the conversions between the stored
// word (f32, i32, u32) and the type the op computes in. Mirrors ../../cpu/scalar-math.ts.

import type { BinaryOp, UnaryOp } from '../../backend.ts';
import type { ComputeType, StorageType } from '../storage.ts';

/** A WGSL expression and the type it evaluates to. */
export interface Typed {
  readonly expr: string;
  readonly type: ComputeType;
}

const f = (expr: string): Typed => ({ expr, type: 'f32' });
const i = (expr: string): Typed => ({ expr, type: 'i32' });
const asF = (v: Typed): string => (v.type === 'f32' ? v.expr : `f32(${v.expr})`);
const asI = (v: Typed): string => (v.type === 'i32' ? v.expr : `i32(${v.expr})`);
const truthy = (v: Typed): string => (v.type === 'f32' ? `truthy_f(${v.expr})` : `(${v.expr} != 0)`);
const flag = (condition: string): Typed => i(`select(0, 1, ${condition})`);

/** A stored word as the value it computes with: bool words count as integers 0/1. */
export function load(storage: StorageType, expr: string): Typed {
  switch (storage) {
    case 'f32':
      return f(expr);
    case 'i32':
      return i(expr);
    case 'u32':
      return i(`i32(${expr} != 0u)`);
  }
}

/** A computed value as the word stored for `storage`: int64 truncates toward zero, bool is value != 0. */
export function store(storage: StorageType, v: Typed): string {
  switch (storage) {
    case 'f32':
      return asF(v);
    case 'i32':
      return asI(v);
    case 'u32':
      return `select(0u, 1u, ${truthy(v)})`;
  }
}

/** Ops defined on floats only: an integer input is converted first (the CPU computes them in doubles). */
const floatOnly = (fn: (x: string) => string) => (x: Typed): Typed => f(fn(asF(x)));

const UNARY: Record<UnaryOp, (x: Typed) => Typed> = {
  identity: (x) => x,
  neg: (x) => ({ expr: `-(${x.expr})`, type: x.type }),
  abs: (x) => ({ expr: `abs(${x.expr})`, type: x.type }),
  sign: (x) => (x.type === 'f32' ? f(`sign_f(${x.expr})`) : i(`sign(${x.expr})`)),
  exp: floatOnly((x) => `exp_f(${x})`),
  log: floatOnly((x) => `log_f(${x})`),
  log1p: floatOnly((x) => `log1p_f(${x})`),
  expm1: floatOnly((x) => `expm1_f(${x})`),
  sqrt: floatOnly((x) => `sqrt_f(${x})`),
  rsqrt: floatOnly((x) => `(1.0 / sqrt_f(${x}))`),
  reciprocal: floatOnly((x) => `(1.0 / ${x})`),
  sin: floatOnly((x) => `sin_f(${x})`),
  cos: floatOnly((x) => `cos_f(${x})`),
  tanh: floatOnly((x) => `tanh_f(${x})`),
  sigmoid: floatOnly((x) => `sigmoid_f(${x})`),
  relu: (x) => (x.type === 'f32' ? f(`relu_f(${x.expr})`) : i(`max(${x.expr}, 0)`)),
  round: (x) => (x.type === 'f32' ? f(`round(${x.expr})`) : x), // WGSL's round is half-to-even, as torch.round
  floor: (x) => (x.type === 'f32' ? f(`floor(${x.expr})`) : x),
  ceil: (x) => (x.type === 'f32' ? f(`ceil(${x.expr})`) : x),
  trunc: (x) => (x.type === 'f32' ? f(`trunc(${x.expr})`) : x),
  not: (x) => flag(`!${truthy(x)}`),
  erf: floatOnly((x) => `erf_f(${x})`),
  isnan: (x) => (x.type === 'f32' ? flag(`is_nan(${x.expr})`) : i(`(${x.expr} & 0)`)),
};

export const unaryExpr = (op: UnaryOp, x: Typed): Typed => UNARY[op](x);

type BinaryFn = (a: Typed, b: Typed) => Typed;

/** An op whose float and integer forms differ; operands arrive in one common type. */
const byType = (float: (a: string, b: string) => string, int: (a: string, b: string) => string): BinaryFn => (a, b) =>
  a.type === 'f32' ? f(float(a.expr, b.expr)) : i(int(a.expr, b.expr));
const same = (fn: (a: string, b: string) => string): BinaryFn => byType(fn, fn);
const compare = (symbol: string): BinaryFn => (a, b) => flag(`${a.expr} ${symbol} ${b.expr}`);

const BINARY: Record<BinaryOp, BinaryFn> = {
  add: same((a, b) => `(${a} + ${b})`),
  sub: same((a, b) => `(${a} - ${b})`),
  mul: same((a, b) => `(${a} * ${b})`),
  div: (a, b) => f(`(${asF(a)} / ${asF(b)})`),
  pow: byType((a, b) => `pow_f(${a}, ${b})`, (a, b) => `pow_i(${a}, ${b})`),
  maximum: byType((a, b) => `maximum_f(${a}, ${b})`, (a, b) => `max(${a}, ${b})`),
  minimum: byType((a, b) => `minimum_f(${a}, ${b})`, (a, b) => `min(${a}, ${b})`),
  floordiv: byType((a, b) => `floor(${a} / ${b})`, (a, b) => `floordiv_i(${a}, ${b})`),
  remainder: byType((a, b) => `remainder_f(${a}, ${b})`, (a, b) => `remainder_i(${a}, ${b})`),
  atan2: (a, b) => f(`atan2(${asF(a)}, ${asF(b)})`),
  eq: compare('=='),
  ne: compare('!='),
  lt: compare('<'),
  le: compare('<='),
  gt: compare('>'),
  ge: compare('>='),
  and: (a, b) => flag(`${truthy(a)} && ${truthy(b)}`),
  or: (a, b) => flag(`${truthy(a)} || ${truthy(b)}`),
  xor: (a, b) => flag(`${truthy(a)} != ${truthy(b)}`),
};

/** a∘b computed in float when either operand is a float, else in integers. */
export function binaryExpr(op: BinaryOp, a: Typed, b: Typed): Typed {
  if (a.type === b.type) return BINARY[op](a, b);
  return BINARY[op](f(asF(a)), f(asF(b)));
}

/** cond ? a : b, in a's type. */
export function selectExpr(cond: Typed, a: Typed, b: Typed): Typed {
  const bb = a.type === 'f32' ? asF(b) : asI(b);
  return { expr: `select(${bb}, ${a.expr}, ${truthy(cond)})`, type: a.type };
}
