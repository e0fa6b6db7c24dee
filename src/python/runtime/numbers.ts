// Arithmetic on Python ints and floats with Python's rules: ints never overflow (bigint past 2^53), floor
// division and modulo round toward negative infinity, `/` always gives a float, and division by zero raises.

import type { BinaryOperator } from '../ast.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat, pyFloat } from '../objects/float.ts';
import { normalizeInt, PyInt, pyInt, type IntValue } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { integerPower } from './integerPower.ts';

/** A float from an int; large ints raise OverflowError as in Python. */
export function intToFloat(v: IntValue): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw pyError(PyExc.OverflowError, 'int too large to convert to float');
  return f;
}

/** The value of an int or float as a JS number, or undefined for anything else. */
export function numberValue(obj: PyObject): number | undefined {
  if (obj instanceof PyFloat) return obj.value;
  if (obj instanceof PyInt) return intToFloat(obj.value);
  return undefined;
}

const big = (v: IntValue): bigint => (typeof v === 'bigint' ? v : BigInt(v));

function floorDiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    return Math.floor(a / b);
  }
  const x = big(a);
  const y = big(b);
  const q = x / y;
  return normalizeInt(q * y !== x && (x < 0n) !== (y < 0n) ? q - 1n : q);
}

function mod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0; // + 0 turns -0 into 0
  }
  const x = big(a);
  const y = big(b);
  const r = x % y;
  return normalizeInt(r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r);
}

function shiftCount(b: IntValue): bigint {
  if (b < 0) throw pyError(PyExc.ValueError, 'negative shift count');
  return big(b);
}

/** int OP int, or undefined when the operator does not apply (e.g. @). */
export function intBinary(op: BinaryOperator, a: IntValue, b: IntValue): PyObject | undefined {
  switch (op) {
    case 'Add':
    case 'Sub':
    case 'Mult': {
      if (typeof a === 'number' && typeof b === 'number') {
        const r = op === 'Add' ? a + b : op === 'Sub' ? a - b : a * b;
        if (Number.isSafeInteger(r)) return pyInt(r);
      }
      const x = big(a);
      const y = big(b);
      return pyInt(op === 'Add' ? x + y : op === 'Sub' ? x - y : x * y);
    }
    case 'Div': {
      if (b == 0) throw pyError(PyExc.ZeroDivisionError, 'division by zero');
      if (typeof a === 'number' && typeof b === 'number') return pyFloat(a / b);
      return pyFloat(bigTrueDivide(big(a), big(b)));
    }
    case 'FloorDiv':
      if (b == 0) throw pyError(PyExc.ZeroDivisionError, 'integer division or modulo by zero');
      return pyInt(floorDiv(a, b));
    case 'Mod':
      if (b == 0) throw pyError(PyExc.ZeroDivisionError, 'integer modulo by zero');
      return pyInt(mod(a, b));
    case 'Pow':
      if (b < 0) {
        if (a == 0) throw pyError(PyExc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
        return floatBinary('Pow', intToFloat(a), intToFloat(b));
      }
      return pyInt(big(a) ** big(b));
    case 'LShift':
      return pyInt(big(a) << shiftCount(b));
    case 'RShift':
      return pyInt(big(a) >> shiftCount(b));
    case 'BitAnd':
    case 'BitOr':
    case 'BitXor': {
      if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
        return pyInt(op === 'BitAnd' ? a & b : op === 'BitOr' ? a | b : a ^ b);
      }
      const x = big(a);
      const y = big(b);
      return pyInt(op === 'BitAnd' ? x & y : op === 'BitOr' ? x | y : x ^ y);
    }
    case 'MatMult':
      return undefined;
  }
}

/** a / b for big ints, accurate where both fit a double and close otherwise. */
function bigTrueDivide(a: bigint, b: bigint): number {
  const q = Number(a) / Number(b);
  if (Number.isFinite(q) && Number.isFinite(Number(a)) && Number.isFinite(Number(b))) return q;
  // Scale down both so they fit a double; the quotient keeps ~53 significant bits.
  const shift = BigInt(Math.max(0, a.toString(2).length - 1000, b.toString(2).length - 1000));
  const r = Number(a >> shift) / Number(b >> shift);
  if (!Number.isFinite(r)) throw pyError(PyExc.OverflowError, 'integer division result too large for a float');
  return r;
}

/** float OP float (ints already converted), or undefined when the operator does not apply. */
export function floatBinary(op: BinaryOperator, a: number, b: number): PyObject | undefined {
  switch (op) {
    case 'Add':
      return pyFloat(a + b);
    case 'Sub':
      return pyFloat(a - b);
    case 'Mult':
      return pyFloat(a * b);
    case 'Div':
      if (b === 0) throw pyError(PyExc.ZeroDivisionError, 'float division by zero');
      return pyFloat(a / b);
    case 'FloorDiv':
      if (b === 0) throw pyError(PyExc.ZeroDivisionError, 'float floor division by zero');
      return pyFloat(floatFloorDiv(a, b));
    case 'Mod':
      if (b === 0) throw pyError(PyExc.ZeroDivisionError, 'float modulo');
      return pyFloat(floatMod(a, b));
    case 'Pow':
      return pyFloat(floatPow(a, b));
    default:
      return undefined;
  }
}

/** CPython's float_divmod (Objects/floatobject.c): the remainder takes the divisor's sign. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatMod(a: number, b: number): number {
  return floatDivmod(a, b)[1];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b)[0];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw pyError(PyExc.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw pyError(PyExc.NotImplementedError, 'complex numbers are not supported in Tandem');
  }
  // Python's 1 ** nan is 1 and (-1) ** ±inf is 1; JS says NaN.
  if (a === 1 || (a === -1 && !Number.isFinite(b) && !Number.isNaN(b))) return 1;
  const r = (Number.isInteger(b) ? integerPower(a, b) : null) ?? a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw pyError(PyExc.OverflowError, "(34, 'Numerical result out of range')");
  }
  return r;
}

/** Arithmetic between two numbers (ints, bools, floats); undefined if either is not a number. */
export function numberBinary(op: BinaryOperator, left: PyObject, right: PyObject): PyObject | undefined {
  if (left instanceof PyInt && right instanceof PyInt) return intBinary(op, left.value, right.value);
  if (!(left instanceof PyFloat || left instanceof PyInt) || !(right instanceof PyFloat || right instanceof PyInt)) {
    return undefined;
  }
  return floatBinary(op, numberValue(left)!, numberValue(right)!);
}

/** Compares two numbers exactly (JS compares bigint with number exactly); undefined if not both numbers. */
export function numberCompare(left: PyObject, right: PyObject): number | undefined {
  const a = left instanceof PyInt || left instanceof PyFloat ? left.value : undefined;
  const b = right instanceof PyInt || right instanceof PyFloat ? right.value : undefined;
  if (a === undefined || b === undefined) return undefined;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == b) return 0;
  return NaN; // a NaN was involved: every comparison is false
}
