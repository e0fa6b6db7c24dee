// Python's `math` module: real functions with Python's errors ("math domain error", "math range error").

import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat, pyFloat } from '../objects/float.ts';
import { PyInt, pyBool, pyInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import type { PyObject } from '../objects/object.ts';
import { pyTuple } from '../objects/tuple.ts';
import { floatToInt, toFloat } from '../builtins/numbers.ts';
import { callObject } from '../runtime/call.ts';
import { asInt, given } from '../runtime/convert.ts';
import { toArray } from '../runtime/iteration.ts';
import { defineModule, method } from '../runtime/native.ts';
import { binaryOp } from '../runtime/operators.ts';
import type { Context } from '../objects/context.ts';
import { correctlyRoundedExp } from '../runtime/correctlyRoundedExp.ts';
import { correctlyRoundedLog } from '../runtime/correctlyRoundedLog.ts';
import { integerPower } from '../runtime/integerPower.ts';

const domainError = () => pyError(PyExc.ValueError, 'math domain error');

/** A real-number argument: numbers, or objects with __float__ (a one-element tensor). */
async function real(ctx: Context, x: PyObject): Promise<number> {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyInt) return Number(x.value);
  if (x.type.lookup('__float__') === undefined && x.type.lookup('__index__') === undefined) {
    throw pyError(PyExc.TypeError, `must be real number, not ${x.type.name}`);
  }
  return toFloat(ctx, x);
}

/** f(x) with Python's error rules: NaN out of a non-NaN input is a domain error, inf out of finite a range error. */
function unary(f: (x: number) => number, domain: (x: number) => boolean = () => true) {
  return method(['x'], async (ctx, [x]) => {
    const v = await real(ctx, x);
    if (!domain(v)) throw domainError();
    const r = f(v);
    if (Number.isNaN(r) && !Number.isNaN(v)) throw domainError();
    if (!Number.isFinite(r) && Number.isFinite(v)) throw pyError(PyExc.OverflowError, 'math range error');
    return pyFloat(r);
  });
}

function rounding(name: '__floor__' | '__ceil__' | '__trunc__', f: (x: number) => number) {
  return method(['x'], async (ctx, [x]) => {
    if (x instanceof PyInt) return pyInt(x.value);
    if (x instanceof PyFloat) return floatToInt(f(x.value));
    const fn = x.type.lookup(name);
    if (fn !== undefined) return callObject(ctx, fn, [x]);
    return floatToInt(f(await real(ctx, x)));
  });
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function factorial(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

export function loadMath(): PyModule {
  return defineModule('math', {
    pi: pyFloat(Math.PI),
    e: pyFloat(Math.E),
    tau: pyFloat(2 * Math.PI),
    inf: pyFloat(Infinity),
    nan: pyFloat(NaN),
    sqrt: unary(Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
    // exp and log rounded correctly, as CPython's (glibc's) are and V8's are not always: Python prints every bit.
    exp: unary(correctlyRoundedExp),
    expm1: unary(Math.expm1),
    log: method(['x', 'base?'], async (ctx, [x, base]) => {
      let r: number;
      if (x instanceof PyInt && typeof x.value === 'bigint') {
        r = bigLog(x.value);
      } else {
        const v = await real(ctx, x);
        if (v <= 0) throw domainError();
        r = correctlyRoundedLog(v);
      }
      if (!given(base)) return pyFloat(r);
      const b = await real(ctx, base);
      if (b <= 0) throw domainError();
      const d = correctlyRoundedLog(b);
      if (d === 0) throw pyError(PyExc.ZeroDivisionError, 'float division by zero');
      return pyFloat(r / d);
    }),
    log2: unary(Math.log2, (x) => x > 0 || Number.isNaN(x)),
    log10: unary(Math.log10, (x) => x > 0 || Number.isNaN(x)),
    log1p: unary(Math.log1p, (x) => x > -1 || Number.isNaN(x)),
    sin: unary(Math.sin, (x) => Number.isFinite(x) || Number.isNaN(x)),
    cos: unary(Math.cos, (x) => Number.isFinite(x) || Number.isNaN(x)),
    tan: unary(Math.tan, (x) => Number.isFinite(x) || Number.isNaN(x)),
    asin: unary(Math.asin),
    acos: unary(Math.acos),
    atan: unary(Math.atan),
    sinh: unary(Math.sinh),
    cosh: unary(Math.cosh),
    tanh: unary(Math.tanh),
    asinh: unary(Math.asinh),
    acosh: unary(Math.acosh),
    atanh: unary(Math.atanh, (x) => Math.abs(x) < 1 || Number.isNaN(x)),
    atan2: method(['y', 'x'], async (ctx, [y, x]) => pyFloat(Math.atan2(await real(ctx, y), await real(ctx, x)))),
    hypot: method(['*coordinates'], async (ctx, [coords]) => {
      const vs: number[] = [];
      for (const c of coords) vs.push(await real(ctx, c));
      return pyFloat(Math.hypot(...vs));
    }),
    degrees: unary((x) => (x * 180) / Math.PI),
    radians: unary((x) => (x * Math.PI) / 180),
    fabs: unary(Math.abs),
    floor: rounding('__floor__', Math.floor),
    ceil: rounding('__ceil__', Math.ceil),
    trunc: rounding('__trunc__', Math.trunc),
    pow: method(['x', 'y'], async (ctx, [x, y]) => {
      const a = await real(ctx, x);
      const b = await real(ctx, y);
      if (a === 0 && b < 0) throw domainError();
      if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw domainError();
      const r = (Number.isInteger(b) ? integerPower(a, b) : null) ?? a ** b;
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw pyError(PyExc.OverflowError, 'math range error');
      return pyFloat(a === 1 || b === 0 ? 1 : r);
    }),
    fmod: method(['x', 'y'], async (ctx, [x, y]) => {
      const b = await real(ctx, y);
      const a = await real(ctx, x);
      if (b === 0 || !Number.isFinite(a)) throw domainError();
      return pyFloat(a % b);
    }),
    modf: method(['x'], async (ctx, [x]) => {
      const v = await real(ctx, x);
      const whole = Math.trunc(v);
      return pyTuple([pyFloat(Number.isFinite(v) ? v - whole : 0), pyFloat(whole)]);
    }),
    copysign: method(['x', 'y'], async (ctx, [x, y]) => {
      const a = Math.abs(await real(ctx, x));
      const b = await real(ctx, y);
      return pyFloat(b < 0 || Object.is(b, -0) ? -a : a);
    }),
    isnan: method(['x'], async (ctx, [x]) => pyBool(Number.isNaN(await real(ctx, x)))),
    isinf: method(['x'], async (ctx, [x]) => {
      const v = await real(ctx, x);
      return pyBool(v === Infinity || v === -Infinity);
    }),
    isfinite: method(['x'], async (ctx, [x]) => pyBool(Number.isFinite(await real(ctx, x)))),
    isclose: method(['a', 'b', '*', 'rel_tol?', 'abs_tol?'], async (ctx, [a, b, , relTol, absTol]) => {
      const x = await real(ctx, a);
      const y = await real(ctx, b);
      const rel = relTol === undefined ? 1e-9 : await real(ctx, relTol);
      const abs = absTol === undefined ? 0 : await real(ctx, absTol);
      if (rel < 0 || abs < 0) throw pyError(PyExc.ValueError, 'tolerances must be non-negative');
      if (x === y) return pyBool(true);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return pyBool(false);
      const diff = Math.abs(y - x);
      return pyBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }),
    factorial: method(['n'], (_ctx, [n]) => {
      if (!(n instanceof PyInt)) throw pyError(PyExc.TypeError, `'${n.type.name}' object cannot be interpreted as an integer`);
      if (n.value < 0) throw pyError(PyExc.ValueError, 'factorial() not defined for negative values');
      return pyInt(factorial(BigInt(n.value)));
    }),
    gcd: method(['*integers'], (_ctx, [xs]) => pyInt(xs.reduce((acc, x) => gcd(acc, BigInt(asInt(x))), 0n))),
    lcm: method(['*integers'], (_ctx, [xs]) =>
      pyInt(
        xs.reduce((acc, x) => {
          const v = BigInt(asInt(x));
          if (acc === 0n || v === 0n) return 0n;
          const l = (acc * v) / gcd(acc, v);
          return l < 0n ? -l : l;
        }, 1n),
      ),
    ),
    comb: method(['n', 'k'], (_ctx, [n, k]) => {
      const a = BigInt(asInt(n));
      const b = BigInt(asInt(k));
      if (a < 0n || b < 0n) throw pyError(PyExc.ValueError, 'n must be a non-negative integer');
      if (b > a) return pyInt(0);
      let r = 1n;
      for (let i = 1n; i <= b; i++) r = (r * (a - b + i)) / i;
      return pyInt(r);
    }),
    perm: method(['n', 'k?'], (_ctx, [n, k]) => {
      const a = BigInt(asInt(n));
      const b = given(k) ? BigInt(asInt(k)) : a;
      if (b > a) return pyInt(0);
      let r = 1n;
      for (let i = 0n; i < b; i++) r *= a - i;
      return pyInt(r);
    }),
    fsum: method(['iterable'], async (ctx, [iterable]) => {
      // Shewchuk's exact summation, as CPython's fsum.
      const partials: number[] = [];
      for (const item of await toArray(ctx, iterable)) {
        let x = await real(ctx, item);
        let i = 0;
        for (let y of partials) {
          if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
          const hi = x + y;
          const lo = y - (hi - x);
          if (lo !== 0) partials[i++] = lo;
          x = hi;
        }
        partials.length = i;
        partials.push(x);
      }
      return pyFloat(partials.reduce((a, b) => a + b, 0));
    }),
    prod: method(['iterable', '*', 'start?'], async (ctx, [iterable, , start]) => {
      let acc: PyObject = start ?? pyInt(1);
      for (const x of await toArray(ctx, iterable)) acc = await binaryOp(ctx, 'Mult', acc, x);
      return acc;
    }),
    dist: method(['p', 'q'], async (ctx, [p, q]) => {
      const a = await toArray(ctx, p);
      const b = await toArray(ctx, q);
      if (a.length !== b.length) throw pyError(PyExc.ValueError, 'both points must have the same number of dimensions');
      const d: number[] = [];
      for (let i = 0; i < a.length; i++) d.push((await real(ctx, a[i]!)) - (await real(ctx, b[i]!)));
      return pyFloat(Math.hypot(...d));
    }),
  });
}

/** log of an int too large for a float, from its leading digits. */
function bigLog(n: bigint): number {
  if (n <= 0n) throw domainError();
  const digits = n.toString();
  const kept = Math.min(17, digits.length);
  return Math.log(Number(digits.slice(0, kept))) + (digits.length - kept) * Math.LN10;
}
