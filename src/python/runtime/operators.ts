// Operators: binary and unary arithmetic, in-place forms, rich comparison, `in`. Dispatch follows CPython's
// abstract.c: try the left operand's dunder, then the right's reflected one (`__radd__`), with a subclass's
// reflected method first; NotImplemented hands over to the other side. This is how `2 * tensor` reaches
// Tensor.__rmul__ and `a @ b` reaches Tensor.__matmul__.

import type { BinaryOperator, CompareOperator, UnaryOperator } from '../ast.ts';
import { NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { floatType, PyFloat, pyFloat } from '../objects/float.ts';
import { boolType, intType, PyInt, pyBool, pyInt } from '../objects/int.ts';
import { listType, PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr, pyStr, strType } from '../objects/str.ts';
import { PyTuple, tupleType } from '../objects/tuple.ts';
import { callObject } from './call.ts';
import { numberBinary, numberCompare } from './numbers.ts';
import { isTruthy } from './truth.ts';

export const binarySymbols: Record<BinaryOperator, string> = {
  Add: '+',
  Sub: '-',
  Mult: '*',
  MatMult: '@',
  Div: '/',
  FloorDiv: '//',
  Mod: '%',
  Pow: '**',
  LShift: '<<',
  RShift: '>>',
  BitOr: '|',
  BitXor: '^',
  BitAnd: '&',
};

export const binaryDunders: Record<BinaryOperator, string> = {
  Add: 'add',
  Sub: 'sub',
  Mult: 'mul',
  MatMult: 'matmul',
  Div: 'truediv',
  FloorDiv: 'floordiv',
  Mod: 'mod',
  Pow: 'pow',
  LShift: 'lshift',
  RShift: 'rshift',
  BitOr: 'or',
  BitXor: 'xor',
  BitAnd: 'and',
};

const isPlainNumber = (o: PyObject) => o.type === intType || o.type === floatType || o.type === boolType;

/** `left OP right` */
export async function binaryOp(ctx: Context, op: BinaryOperator, left: PyObject, right: PyObject): Promise<PyObject> {
  if (isPlainNumber(left) && isPlainNumber(right) && !(left.type === boolType && right.type === boolType)) {
    const r = numberBinary(op, left, right);
    if (r !== undefined) return r;
  } else if (op === 'Add' && left.type === strType && right.type === strType) {
    return pyStr((left as PyStr).value + (right as PyStr).value);
  }
  const r = await dispatchBinary(ctx, op, left, right);
  if (r !== NotImplemented) return r;
  throw binaryTypeError(op, left, right, binarySymbols[op]);
}

/** `left OP= right`: the in-place dunder (`list.__iadd__` extends in place), else the plain operator. */
export async function inplaceOp(ctx: Context, op: BinaryOperator, left: PyObject, right: PyObject): Promise<PyObject> {
  if (isPlainNumber(left) && isPlainNumber(right) && !(left.type === boolType && right.type === boolType)) {
    const r = numberBinary(op, left, right);
    if (r !== undefined) return r;
  }
  const inplace = left.type.lookup(`__i${binaryDunders[op]}__`);
  if (inplace !== undefined) {
    const r = await callObject(ctx, inplace, [left, right]);
    if (r !== NotImplemented) return r;
  }
  const r = await dispatchBinary(ctx, op, left, right);
  if (r !== NotImplemented) return r;
  throw binaryTypeError(op, left, right, binarySymbols[op] + '=');
}

async function dispatchBinary(ctx: Context, op: BinaryOperator, left: PyObject, right: PyObject): Promise<PyObject> {
  const name = `__${binaryDunders[op]}__`;
  const reflected = `__r${binaryDunders[op]}__`;
  const lt = left.type;
  const rt = right.type;
  const forward = lt.lookup(name);
  let backward = rt !== lt ? rt.lookup(reflected) : undefined;
  if (backward !== undefined && rt.isSubtypeOf(lt) && backward !== lt.lookup(reflected)) {
    const r = await callObject(ctx, backward, [right, left]);
    if (r !== NotImplemented) return r;
    backward = undefined;
  }
  if (forward !== undefined) {
    const r = await callObject(ctx, forward, [left, right]);
    if (r !== NotImplemented) return r;
  }
  if (backward !== undefined) return callObject(ctx, backward, [right, left]);
  return NotImplemented;
}

function binaryTypeError(op: BinaryOperator, left: PyObject, right: PyObject, symbol: string) {
  const l = left.type.name;
  const r = right.type.name;
  const isSequence = (o: PyObject) => o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
  if (op === 'Add' && isSequence(left)) {
    const seq = left instanceof PyStr ? 'str' : left instanceof PyList ? 'list' : 'tuple';
    if (left.type === strType || left.type === listType || left.type === tupleType) {
      return pyError(PyExc.TypeError, `can only concatenate ${seq} (not "${r}") to ${seq}`);
    }
  }
  if (op === 'Mult' && (isSequence(left) || isSequence(right))) {
    const other = isSequence(left) ? right : left;
    return pyError(PyExc.TypeError, `can't multiply sequence by non-int of type '${other.type.name}'`);
  }
  const shown = op === 'Pow' ? '** or pow()' : symbol;
  return pyError(PyExc.TypeError, `unsupported operand type(s) for ${shown}: '${l}' and '${r}'`);
}

const unaryDunders: Record<Exclude<UnaryOperator, 'Not'>, [string, string]> = {
  USub: ['__neg__', '-'],
  UAdd: ['__pos__', '+'],
  Invert: ['__invert__', '~'],
};

export async function unaryOp(ctx: Context, op: UnaryOperator, operand: PyObject): Promise<PyObject> {
  if (op === 'Not') return pyBool(!(await isTruthy(ctx, operand)));
  if (operand instanceof PyInt && operand.type !== boolType) {
    const v = operand.value;
    if (op === 'USub') return typeof v === 'number' ? pyInt(v === 0 ? 0 : -v) : pyInt(-v);
    if (op === 'UAdd') return operand;
    return typeof v === 'number' ? pyInt(-v - 1) : pyInt(-v - 1n);
  }
  if (operand.type === floatType) {
    const v = (operand as PyFloat).value;
    if (op === 'USub') return pyFloat(-v);
    if (op === 'UAdd') return operand;
  }
  const [name, symbol] = unaryDunders[op];
  const fn = operand.type.lookup(name);
  if (fn !== undefined) return callObject(ctx, fn, [operand]);
  throw pyError(PyExc.TypeError, `bad operand type for unary ${symbol}: '${operand.type.name}'`);
}

export type RichOp = Exclude<CompareOperator, 'Is' | 'IsNot' | 'In' | 'NotIn'>;

const compareDunders: Record<RichOp, [string, string, string]> = {
  Eq: ['__eq__', '__eq__', '=='],
  NotEq: ['__ne__', '__ne__', '!='],
  Lt: ['__lt__', '__gt__', '<'],
  LtE: ['__le__', '__ge__', '<='],
  Gt: ['__gt__', '__lt__', '>'],
  GtE: ['__ge__', '__le__', '>='],
};

function fromOrder(op: RichOp, c: number): boolean {
  switch (op) {
    case 'Eq':
      return c === 0;
    case 'NotEq':
      return c !== 0;
    case 'Lt':
      return c < 0;
    case 'LtE':
      return c <= 0;
    case 'Gt':
      return c > 0;
    case 'GtE':
      return c >= 0;
  }
}

/** `left OP right` for ==, !=, <, <=, >, >=; the result may be any object (tensors compare elementwise). */
export async function richCompare(ctx: Context, op: RichOp, left: PyObject, right: PyObject): Promise<PyObject> {
  if (isPlainNumber(left) && isPlainNumber(right)) return pyBool(fromOrder(op, numberCompare(left, right)!));
  if (left.type === strType && right.type === strType) {
    const a = (left as PyStr).value;
    const b = (right as PyStr).value;
    return pyBool(fromOrder(op, a < b ? -1 : a > b ? 1 : 0));
  }
  const [name, reflected, symbol] = compareDunders[op];
  const lt = left.type;
  const rt = right.type;
  let checkedReflected = false;
  if (rt !== lt && rt.isSubtypeOf(lt)) {
    const fn = rt.lookup(reflected);
    if (fn !== undefined) {
      const r = await callObject(ctx, fn, [right, left]);
      if (r !== NotImplemented) return r;
    }
    checkedReflected = true;
  }
  const forward = lt.lookup(name);
  if (forward !== undefined) {
    const r = await callObject(ctx, forward, [left, right]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const fn = rt.lookup(reflected);
    if (fn !== undefined) {
      const r = await callObject(ctx, fn, [right, left]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 'Eq') return pyBool(left === right);
  if (op === 'NotEq') return pyBool(left !== right);
  throw pyError(PyExc.TypeError, `'${symbol}' not supported between instances of '${lt.name}' and '${rt.name}'`);
}

/** Python's PyObject_RichCompareBool: identity implies equality (so `nan in [nan]` holds for the same object). */
export async function pyEquals(ctx: Context, a: PyObject, b: PyObject): Promise<boolean> {
  if (a === b) return true;
  return isTruthy(ctx, await richCompare(ctx, 'Eq', a, b));
}

/** `a < b` as a JS boolean (sorting, min, max). */
export async function lessThan(ctx: Context, a: PyObject, b: PyObject): Promise<boolean> {
  if (isPlainNumber(a) && isPlainNumber(b)) return numberCompare(a, b)! < 0;
  return isTruthy(ctx, await richCompare(ctx, 'Lt', a, b));
}

/**
 * Lexicographic comparison of two sequences (list with list, tuple with tuple), as list_richcompare does:
 * find the first differing element, then compare those.
 */
export async function compareSequences(
  ctx: Context,
  op: RichOp,
  xs: readonly PyObject[],
  ys: readonly PyObject[],
): Promise<PyObject> {
  if ((op === 'Eq' || op === 'NotEq') && xs.length !== ys.length) return pyBool(op === 'NotEq');
  let i = 0;
  while (i < xs.length && i < ys.length && (await pyEquals(ctx, xs[i]!, ys[i]!))) i++;
  if (i >= xs.length || i >= ys.length) return pyBool(fromOrder(op, xs.length - ys.length));
  if (op === 'Eq') return pyBool(false);
  if (op === 'NotEq') return pyBool(true);
  return richCompare(ctx, op, xs[i]!, ys[i]!);
}
