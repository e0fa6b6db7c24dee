// int, float and bool: their constructors (int('42'), float('1e-3')) and methods, including the arithmetic
// dunders so that mixed operations dispatch as in Python (2 * tensor → int.__mul__ says NotImplemented →
// Tensor.__rmul__).

import type { BinaryOperator } from '../ast.ts';
import { exactDecimal, roundDecimal } from '../modules/format/decimal.ts';
import { floatRepr } from '../modules/format/pyFloat.ts';
import { None, NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { floatType, PyFloat, pyFloat } from '../objects/float.ts';
import { boolType, intType, PyBool, PyInt, pyBool, pyInt, type IntValue } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { asInt, asString } from '../runtime/convert.ts';
import { addMembers, getter, method } from '../runtime/native.ts';
import { isTruthy } from '../runtime/truth.ts';
import { binaryDunders } from '../runtime/operators.ts';
import { floatDivmod, intBinary, numberBinary, numberCompare, numberValue } from '../runtime/numbers.ts';
import { formatFloat, formatInt } from './formatSpec.ts';
import { hashNumber } from '../objects/numberHash.ts';

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw pyError(PyExc.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError(PyExc.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return pyInt(Number.isSafeInteger(t) ? t : BigInt(t));
}

/** int('42', base): Python's literal rules (sign, underscores between digits, surrounding whitespace). */
export function parseIntLiteral(text: string, base: number): PyInt {
  const invalid = () => pyError(PyExc.ValueError, `invalid literal for int() with base ${base}: ${reprStr(text)}`);
  let s = text.trim();
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const prefixed = /^0([xob])/i.exec(s);
  if (prefixed !== null && (b === 0 || b === { x: 16, o: 8, b: 2 }[prefixed[1]!.toLowerCase() as 'x' | 'o' | 'b'])) {
    b = { x: 16, o: 8, b: 2 }[prefixed[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    s = s.slice(2).replace(/^_/, '');
  } else if (b === 0) {
    if (/^0+$/.test(s.replace(/_/g, ''))) b = 10;
    else if (s.startsWith('0')) throw invalid();
    else b = 10;
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) throw invalid();
  s = s.replace(/_/g, '');
  let value = 0n;
  for (const ch of s.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= b) throw invalid();
    value = value * BigInt(b) + BigInt(d);
  }
  return pyInt(negative ? -value : value);
}

/** float('1e-3'), float('inf'), float(' 2.5 '). */
export function parseFloatLiteral(text: string): number {
  const s = text.trim().toLowerCase();
  const special: Record<string, number> = {
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity,
    nan: NaN,
    '+nan': NaN,
    '-nan': NaN,
  };
  if (s in special) return special[s]!;
  if (/^[-+]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?(e[-+]?\d(_?\d)*)?$/.test(s) && /\d/.test(s.split('e')[0]!)) {
    return Number(s.replace(/_/g, ''));
  }
  throw pyError(PyExc.ValueError, `could not convert string to float: ${reprStr(text)}`);
}

function reprStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** int(x): ints, bools, floats, strings, and objects with __int__/__index__/__trunc__ (tensors). */
export async function toInt(ctx: Context, x: PyObject): Promise<PyInt> {
  if (x instanceof PyInt) return x instanceof PyBool ? pyInt(x.value) : x;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (x instanceof PyStr) return parseIntLiteral(x.value, 10);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const fn = x.type.lookup(name);
    if (fn === undefined) continue;
    const r = await callObject(ctx, fn, [x]);
    if (!(r instanceof PyInt)) throw pyError(PyExc.TypeError, `${name} returned non-int (type ${r.type.name})`);
    return r;
  }
  throw pyError(
    PyExc.TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`,
  );
}

/** float(x): numbers, strings, and objects with __float__ (tensors). */
export async function toFloat(ctx: Context, x: PyObject): Promise<number> {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyInt) return numberValue(x)!;
  if (x instanceof PyStr) return parseFloatLiteral(x.value);
  const fn = x.type.lookup('__float__') ?? x.type.lookup('__index__');
  if (fn !== undefined) {
    const r = await callObject(ctx, fn, [x]);
    const v = numberValue(r);
    if (v === undefined) throw pyError(PyExc.TypeError, `${x.type.name}.__float__ returned non-float (type ${r.type.name})`);
    return v;
  }
  throw pyError(PyExc.TypeError, `float() argument must be a string or a real number, not '${x.type.name}'`);
}

/** round(x) with ties to even, returning an int. */
export function roundHalfEven(x: number): PyInt {
  if (!Number.isFinite(x)) return floatToInt(x);
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}

/** round(x, ndigits) for floats: rounds the exact binary value half to even, as CPython does. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const d = exactDecimal(x);
  const r = roundDecimal(d, d.point + ndigits);
  if (r.digits === '') return x < 0 ? -0 : 0;
  return Number(`${r.negative ? '-' : ''}0.${r.digits}e${r.point}`);
}

/** round(n, ndigits) for ints: only negative ndigits change anything (round(1234, -2) == 1200). */
export function roundInt(n: IntValue, ndigits: number): PyInt {
  if (ndigits >= 0) return pyInt(n);
  const unit = 10n ** BigInt(-ndigits);
  const v = BigInt(n);
  let q = v / unit;
  let r = v % unit;
  if (r < 0n) {
    q -= 1n;
    r += unit;
  }
  if (2n * r > unit || (2n * r === unit && q % 2n !== 0n)) q += 1n;
  return pyInt(q * unit);
}

const isNumber = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;

function numericDunders(floatOnly: boolean): Record<string, PyObject> {
  const members: Record<string, PyObject> = {};
  for (const [op, name] of Object.entries(binaryDunders) as [BinaryOperator, string][]) {
    const apply = (a: PyObject, b: PyObject) => {
      if (!isNumber(a) || !isNumber(b)) return NotImplemented;
      if (floatOnly && !(a instanceof PyFloat) && !(b instanceof PyFloat)) return NotImplemented;
      return numberBinary(op, a, b) ?? NotImplemented;
    };
    members[`__${name}__`] = method(['self', 'other'], (_ctx, [self, other]) => apply(self, other));
    members[`__r${name}__`] = method(['self', 'other'], (_ctx, [self, other]) => apply(other, self));
  }
  const compare = (test: (c: number) => boolean) =>
    method(['self', 'other'], (_ctx, [self, other]) => {
      const c = numberCompare(self, other);
      return c === undefined ? NotImplemented : pyBool(test(c));
    });
  Object.assign(members, {
    __eq__: compare((c) => c === 0),
    __ne__: compare((c) => c !== 0),
    __lt__: compare((c) => c < 0),
    __le__: compare((c) => c <= 0),
    __gt__: compare((c) => c > 0),
    __ge__: compare((c) => c >= 0),
    __hash__: method(['self'], (_ctx, [self]) => pyInt(hashNumber(self))),
    __bool__: method(['self'], (_ctx, [self]) => pyBool(numberValue(self) !== 0)),
    __float__: method(['self'], (_ctx, [self]) => pyFloat(numberValue(self)!)),
    __divmod__: method(['self', 'other'], (_ctx, [self, other]) => divmod(self, other) ?? NotImplemented),
    __rdivmod__: method(['self', 'other'], (_ctx, [self, other]) => divmod(other, self) ?? NotImplemented),
  });
  return members;
}

/** divmod(a, b) for numbers; undefined when either is not a number. */
export function divmod(a: PyObject, b: PyObject): PyObject | undefined {
  if (a instanceof PyInt && b instanceof PyInt) {
    if (b.value == 0) throw pyError(PyExc.ZeroDivisionError, 'integer division or modulo by zero');
    return pyTuple([intBinary('FloorDiv', a.value, b.value)!, intBinary('Mod', a.value, b.value)!]);
  }
  const x = numberValue(a);
  const y = numberValue(b);
  if (x === undefined || y === undefined) return undefined;
  if (y === 0) throw pyError(PyExc.ZeroDivisionError, 'float divmod()');
  const [q, r] = floatDivmod(x, y);
  return pyTuple([pyFloat(q), pyFloat(r)]);
}

function selfInt(obj: PyObject): IntValue {
  return asInt(obj);
}

function selfFloat(obj: PyObject): number {
  if (obj instanceof PyFloat) return obj.value;
  throw pyError(PyExc.TypeError, `descriptor requires a 'float' object but received a '${obj.type.name}'`);
}

export function installNumbers(): void {
  intType.construct = async (ctx, _type, args, kwargs) => {
    const x = args[0] ?? kwargs.get('x');
    const base = args[1] ?? kwargs.get('base');
    if (x === undefined) return pyInt(0);
    if (base !== undefined) {
      if (!(x instanceof PyStr)) throw pyError(PyExc.TypeError, "int() can't convert non-string with explicit base");
      const b = Number(asInt(base));
      if (b !== 0 && (b < 2 || b > 36)) throw pyError(PyExc.ValueError, 'int() base must be >= 2 and <= 36, or 0');
      return parseIntLiteral(x.value, b);
    }
    return toInt(ctx, x);
  };
  floatType.construct = async (ctx, _type, args) => (args[0] === undefined ? pyFloat(0) : pyFloat(await toFloat(ctx, args[0])));
  boolType.construct = async (ctx, _type, args) => pyBool(args[0] === undefined ? false : await isTruthy(ctx, args[0]));

  addMembers(intType, {
    ...numericDunders(false),
    __repr__: method(['self'], (_ctx, [self]) => pyStr(self instanceof PyBool ? (self.bool ? 'True' : 'False') : selfInt(self).toString())),
    __format__: method(['self', 'spec'], (_ctx, [self, spec]) => {
      const s = asString(spec);
      if (self instanceof PyBool && s === '') return pyStr(self.bool ? 'True' : 'False');
      return pyStr(formatInt(selfInt(self), s));
    }),
    __int__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    __index__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    __neg__: method(['self'], (_ctx, [self]) => intBinary('Sub', 0, selfInt(self))!),
    __pos__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    __abs__: method(['self'], (_ctx, [self]) => {
      const v = selfInt(self);
      return v < 0 ? intBinary('Sub', 0, v)! : pyInt(v);
    }),
    __invert__: method(['self'], (_ctx, [self]) => intBinary('Sub', -1, selfInt(self))!),
    __round__: method(['self', 'ndigits?'], (_ctx, [self, nd]) =>
      nd === undefined || nd === None ? pyInt(selfInt(self)) : roundInt(selfInt(self), Number(asInt(nd))),
    ),
    __trunc__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    __floor__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    __ceil__: method(['self'], (_ctx, [self]) => pyInt(selfInt(self))),
    bit_length: method(['self'], (_ctx, [self]) => {
      const v = selfInt(self);
      return pyInt(v == 0 ? 0 : (v < 0 ? -BigInt(v) : BigInt(v)).toString(2).length);
    }),
    is_integer: method(['self'], () => pyBool(true)),
    real: getter((_ctx, self) => pyInt(selfInt(self))),
    imag: getter(() => pyInt(0)),
  });

  addMembers(boolType, {
    __repr__: method(['self'], (_ctx, [self]) => pyStr((self as PyBool).bool ? 'True' : 'False')),
    __and__: boolOp((a, b) => a && b, 'BitAnd'),
    __or__: boolOp((a, b) => a || b, 'BitOr'),
    __xor__: boolOp((a, b) => a !== b, 'BitXor'),
    __rand__: boolOp((a, b) => a && b, 'BitAnd'),
    __ror__: boolOp((a, b) => a || b, 'BitOr'),
    __rxor__: boolOp((a, b) => a !== b, 'BitXor'),
  });

  addMembers(floatType, {
    ...numericDunders(true),
    __repr__: method(['self'], (_ctx, [self]) => pyStr(floatRepr(selfFloat(self)))),
    __format__: method(['self', 'spec'], (_ctx, [self, spec]) => pyStr(formatFloat(selfFloat(self), asString(spec)))),
    __int__: method(['self'], (_ctx, [self]) => floatToInt(selfFloat(self))),
    __trunc__: method(['self'], (_ctx, [self]) => floatToInt(selfFloat(self))),
    __floor__: method(['self'], (_ctx, [self]) => floatToInt(Math.floor(selfFloat(self)))),
    __ceil__: method(['self'], (_ctx, [self]) => floatToInt(Math.ceil(selfFloat(self)))),
    __neg__: method(['self'], (_ctx, [self]) => pyFloat(-selfFloat(self))),
    __pos__: method(['self'], (_ctx, [self]) => pyFloat(selfFloat(self))),
    __abs__: method(['self'], (_ctx, [self]) => pyFloat(Math.abs(selfFloat(self)))),
    __round__: method(['self', 'ndigits?'], (_ctx, [self, nd]) =>
      nd === undefined || nd === None ? roundHalfEven(selfFloat(self)) : pyFloat(roundFloat(selfFloat(self), Number(asInt(nd)))),
    ),
    is_integer: method(['self'], (_ctx, [self]) => pyBool(Number.isInteger(selfFloat(self)))),
    as_integer_ratio: method(['self'], (_ctx, [self]) => {
      const x = selfFloat(self);
      if (!Number.isFinite(x)) throw pyError(PyExc.OverflowError, 'cannot convert Infinity to integer ratio');
      let num = x;
      let den = 1n;
      while (!Number.isInteger(num)) {
        num *= 2;
        den *= 2n;
      }
      return pyTuple([pyInt(BigInt(num)), pyInt(den)]);
    }),
    real: getter((_ctx, self) => pyFloat(selfFloat(self))),
    imag: getter(() => pyFloat(0)),
  });
}

function boolOp(f: (a: boolean, b: boolean) => boolean, op: BinaryOperator) {
  return method(['self', 'other'], (_ctx, [self, other]) => {
    if (self instanceof PyBool && other instanceof PyBool) return pyBool(f(self.bool, other.bool));
    if (self instanceof PyInt && other instanceof PyInt) return intBinary(op, self.value, other.value)!;
    return NotImplemented;
  });
}
