// Evaluating expressions, and the names and targets they read and write.

import type { Call, Compare, Constant, DictExpr, Expr, JoinedStr } from '../ast.ts';
import { Ellipsis, None } from '../objects/constants.ts';
import { noKwargs, type Kwargs } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyFloat } from '../objects/float.ts';
import { False, pyBool, pyInt, True } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PySet } from '../objects/set.ts';
import { PySlice } from '../objects/slice.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { getAttr, setAttr } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { contains, isIterable, toArray } from '../runtime/iteration.ts';
import { binaryOp, richCompare, unaryOp } from '../runtime/operators.ts';
import { getItem, setItem } from '../runtime/subscript.ts';
import { asciiRepr, format, repr, str } from '../runtime/text.ts';
import { isTruthy } from '../runtime/truth.ts';
import { evalComprehension } from './comprehensions.ts';
import { atExpression } from './exceptions.ts';
import { makeFunction } from './functions.ts';
import type { Interpreter } from './interpreter.ts';
import type { Scope } from './scope.ts';
import { nameErrorCandidates } from './traceback.ts';
import { unsupported } from './unsupported.ts';
import { keyReady, keysReady } from '../runtime/keys.ts';

/**
 * Names and constants, evaluated without a Promise. The hot paths try this first
 * (`immediate(n, scope) ?? (await evalExpr(...))`): most operands are one or the other, and skipping an async
 * call per operand roughly halves the cost of arithmetic in loops.
 */
export function immediate(node: Expr, scope: Scope): PyObject | undefined {
  if (node.kind === 'Constant') return constant(node);
  if (node.kind !== 'Name') return undefined;
  try {
    return loadName(scope, node.id);
  } catch (e) {
    throw atExpression(e, node);
  }
}

export async function evalExpr(interp: Interpreter, node: Expr, scope: Scope): Promise<PyObject> {
  try {
    switch (node.kind) {
      case 'Name':
        return loadName(scope, node.id);
      case 'Constant':
        return constant(node);
      case 'Attribute':
        return await getAttr(interp, immediate(node.value, scope) ?? (await evalExpr(interp, node.value, scope)), node.attr);
      case 'Call':
        return await evalCall(interp, node, scope);
      case 'BinOp': {
        const left = immediate(node.left, scope) ?? (await evalExpr(interp, node.left, scope));
        const right = immediate(node.right, scope) ?? (await evalExpr(interp, node.right, scope));
        return await binaryOp(interp, node.op, left, right);
      }
      case 'UnaryOp':
        return await unaryOp(interp, node.op, await evalExpr(interp, node.operand, scope));
      case 'BoolOp': {
        let value: PyObject = None;
        for (const v of node.values) {
          value = await evalExpr(interp, v, scope);
          const truth = await isTruthy(interp, value);
          if (node.op === 'And' ? !truth : truth) return value;
        }
        return value;
      }
      case 'Compare':
        return await evalCompare(interp, node, scope);
      case 'IfExp':
        return (await isTruthy(interp, await evalExpr(interp, node.test, scope)))
          ? await evalExpr(interp, node.body, scope)
          : await evalExpr(interp, node.orelse, scope);
      case 'Subscript': {
        const obj = immediate(node.value, scope) ?? (await evalExpr(interp, node.value, scope));
        return await getItem(interp, obj, immediate(node.slice, scope) ?? (await evalExpr(interp, node.slice, scope)));
      }
      case 'Slice':
        return new PySlice(
          node.lower === null ? None : await evalExpr(interp, node.lower, scope),
          node.upper === null ? None : await evalExpr(interp, node.upper, scope),
          node.step === null ? None : await evalExpr(interp, node.step, scope),
        );
      case 'List':
        return new PyList(await evalElements(interp, node.elts, scope));
      case 'Tuple':
        return pyTuple(await evalElements(interp, node.elts, scope));
      case 'Set': {
        const elements = await evalElements(interp, node.elts, scope);
        await keysReady(interp, elements);
        const set = new PySet(elements);
        // CPython compiles a display of three or more constants to a frozenset constant, which its compiler
        // rebuilds once more from its own iteration order; the table layout (and so the order) follows.
        return node.elts.length > 2 && node.elts.every(isConstant) ? new PySet(set.items()) : set;
      }
      case 'Dict':
        return await evalDict(interp, node, scope);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return await evalComprehension(interp, node, scope);
      case 'JoinedStr':
        return pyStr(await evalJoinedStr(interp, node, scope));
      case 'FormattedValue':
        return pyStr(await evalJoinedStr(interp, { ...node, kind: 'JoinedStr', values: [node] }, scope));
      case 'Lambda':
        return await makeFunction(interp, node, scope);
      case 'NamedExpr': {
        const value = await evalExpr(interp, node.value, scope);
        storeName(walrusScope(scope), node.target.id, value);
        return value;
      }
      case 'Starred':
        throw pyError(PyExc.SyntaxError, "can't use starred expression here");
      case 'Yield':
        throw unsupported(node.isFrom ? 'yield from' : 'yield');
      case 'Await':
        throw unsupported('await');
    }
  } catch (e) {
    throw atExpression(e, node);
  }
}

/** Whether CPython's AST optimizer folds the expression to a constant (literals, signed numbers, tuples of them). */
function isConstant(node: Expr): boolean {
  if (node.kind === 'Constant') return true;
  if (node.kind === 'UnaryOp') return node.op !== 'Not' && isConstant(node.operand);
  if (node.kind === 'BinOp') return isConstant(node.left) && isConstant(node.right);
  if (node.kind === 'Tuple') return node.elts.every(isConstant);
  return false;
}

/** Literals evaluate once per node: constants are immutable, so sharing them is what CPython does too. */
const constants = new WeakMap<Constant, PyObject>();

function constant(node: Constant): PyObject {
  let value = constants.get(node);
  if (value === undefined) {
    value = makeConstant(node);
    constants.set(node, value);
  }
  return value;
}

function makeConstant(node: Constant): PyObject {
  const v = node.value;
  switch (v.type) {
    case 'int':
      return pyInt(v.value);
    case 'float':
      return pyFloat(v.value);
    case 'str':
      return pyStr(v.value);
    case 'bool':
      return v.value ? True : False;
    case 'None':
      return None;
    case 'Ellipsis':
      return Ellipsis;
    case 'imag':
      throw unsupported('complex numbers');
    case 'bytes':
      throw unsupported('bytes');
  }
}

/** Elements of a list/tuple/set display, with `*iterable` spliced in. */
async function evalElements(interp: Interpreter, elts: Expr[], scope: Scope): Promise<PyObject[]> {
  const out: PyObject[] = [];
  for (const e of elts) {
    if (e.kind === 'Starred') out.push(...(await toArray(interp, await evalExpr(interp, e.value, scope))));
    else out.push(immediate(e, scope) ?? (await evalExpr(interp, e, scope)));
  }
  return out;
}

async function evalDict(interp: Interpreter, node: DictExpr, scope: Scope): Promise<PyDict> {
  const d = new PyDict();
  for (let i = 0; i < node.values.length; i++) {
    const keyNode = node.keys[i];
    if (keyNode === null || keyNode === undefined) {
      await mergeMapping(interp, d, await evalExpr(interp, node.values[i]!, scope));
    } else {
      const key = await evalExpr(interp, keyNode, scope);
      const value = await evalExpr(interp, node.values[i]!, scope);
      await keyReady(interp, key);
      d.set(key, value);
    }
  }
  return d;
}

/** `{**m}` and `f(**m)`: a dict, or anything with keys() and __getitem__. */
async function mergeMapping(interp: Interpreter, into: PyDict, mapping: PyObject, onKey?: (key: PyObject) => void) {
  if (mapping instanceof PyDict) {
    for (const { key, value } of mapping.entries.values()) {
      onKey?.(key);
      into.set(key, value);
    }
    return;
  }
  const keysMethod = mapping.type.lookup('keys');
  if (keysMethod === undefined) {
    throw pyError(PyExc.TypeError, `'${mapping.type.name}' object is not a mapping`);
  }
  for (const key of await toArray(interp, await callObject(interp, keysMethod, [mapping]))) {
    onKey?.(key);
    const value = await getItem(interp, mapping, key);
    await keyReady(interp, key);
    into.set(key, value);
  }
}

async function evalCall(interp: Interpreter, node: Call, scope: Scope): Promise<PyObject> {
  const func = immediate(node.func, scope) ?? (await evalExpr(interp, node.func, scope));
  const args = await evalElements(interp, node.args, scope);
  let kwargs: Kwargs = noKwargs;
  if (node.keywords.length > 0) {
    const kw = new Map<string, PyObject>();
    for (const k of node.keywords) {
      if (k.arg !== null) {
        kw.set(k.arg, await evalExpr(interp, k.value, scope));
        continue;
      }
      const mapping = await evalExpr(interp, k.value, scope);
      if (!(mapping instanceof PyDict) && mapping.type.lookup('keys') === undefined) {
        throw pyError(PyExc.TypeError, `${calleeName(func)} argument after ** must be a mapping, not ${mapping.type.name}`);
      }
      const spread = new PyDict();
      await mergeMapping(interp, spread, mapping);
      for (const { key, value } of spread.entries.values()) {
        if (!(key instanceof PyStr)) throw pyError(PyExc.TypeError, 'keywords must be strings');
        if (kw.has(key.value)) {
          throw pyError(PyExc.TypeError, `${calleeName(func)} got multiple values for keyword argument '${key.value}'`);
        }
        kw.set(key.value, value);
      }
    }
    kwargs = kw;
  }
  return callObject(interp, func, args, kwargs);
}

function calleeName(func: PyObject): string {
  const name = (func as { qualname?: unknown }).qualname;
  return typeof name === 'string' ? `${name}()` : `${func.type.name} object`;
}

async function evalCompare(interp: Interpreter, node: Compare, scope: Scope): Promise<PyObject> {
  let left = immediate(node.left, scope) ?? (await evalExpr(interp, node.left, scope));
  let result: PyObject = True;
  for (let i = 0; i < node.ops.length; i++) {
    const op = node.ops[i]!;
    const comparator = node.comparators[i]!;
    const right = immediate(comparator, scope) ?? (await evalExpr(interp, comparator, scope));
    switch (op) {
      case 'Is':
        result = pyBool(left === right);
        break;
      case 'IsNot':
        result = pyBool(left !== right);
        break;
      case 'In':
        result = pyBool(await contains(interp, right, left));
        break;
      case 'NotIn':
        result = pyBool(!(await contains(interp, right, left)));
        break;
      default:
        result = await richCompare(interp, op, left, right);
    }
    if (i < node.ops.length - 1 && !(await isTruthy(interp, result))) return result;
    left = right;
  }
  return result;
}

async function evalJoinedStr(interp: Interpreter, node: JoinedStr, scope: Scope): Promise<string> {
  let out = '';
  for (const part of node.values) {
    if (part.kind === 'Constant') {
      out += part.value.type === 'str' ? part.value.value : '';
      continue;
    }
    const value = await evalExpr(interp, part.value, scope);
    const spec = part.formatSpec === null ? '' : await evalJoinedStr(interp, part.formatSpec, scope);
    // f'{x=}' shows the repr unless a conversion or format spec says otherwise.
    const conversion = part.conversion ?? (part.debugText !== null && spec === '' ? 'r' : null);
    if (part.debugText !== null) out += part.debugText;
    if (conversion === 'r') out += await format(interp, pyStr(await repr(interp, value)), spec);
    else if (conversion === 'a') out += await format(interp, pyStr(await asciiRepr(interp, value)), spec);
    else if (conversion === 's') out += await format(interp, pyStr(await str(interp, value)), spec);
    else out += await format(interp, value, spec);
  }
  return out;
}

// ---------- names ----------

/** Reads a name following LEGB: local, enclosing functions, global, builtin. */
export function loadName(scope: Scope, id: string): PyObject {
  const info = scope.info;
  if (info.kind !== 'module') {
    if (info.kind === 'class') {
      const v = scope.vars.get(id);
      if (v !== undefined) return v;
    } else if (info.locals.has(id)) {
      const v = scope.vars.get(id);
      if (v !== undefined) return v;
      if (info.kind === 'comprehension') throw nameError(id, scope);
      throw pyError(PyExc.UnboundLocalError, `cannot access local variable '${id}' where it is not associated with a value`);
    }
    if (!info.globals.has(id)) {
      for (let p = scope.parent; p !== null && p.info.kind !== 'module'; p = p.parent) {
        if (p.info.globals.has(id)) break;
        if (p.info.locals.has(id)) {
          const v = p.vars.get(id);
          if (v !== undefined) return v;
          throw pyError(
            PyExc.NameError,
            `cannot access free variable '${id}' where it is not associated with a value in enclosing scope`,
          );
        }
      }
    }
  }
  const g = scope.globals.get(id);
  if (g !== undefined) return g;
  const b = scope.builtins.get(id);
  if (b !== undefined) return b;
  throw nameError(id, scope);
}

function nameError(id: string, scope: Scope) {
  const exc = pyError(PyExc.NameError, `name '${id}' is not defined`);
  exc.dict!.set('name', pyStr(id));
  const varnames = scope.info.kind === 'function' || scope.info.kind === 'comprehension' ? scope.info.locals : [];
  nameErrorCandidates.set(exc, () => [varnames, scope.globals.keys(), scope.builtins.keys()]);
  return exc;
}

/** The scope a name assigned in `scope` lives in (global/nonlocal declarations redirect it). */
function bindingScope(scope: Scope, id: string): Map<string, PyObject> {
  const info = scope.info;
  if (info.kind === 'module' || info.globals.has(id)) return scope.globals;
  if (info.nonlocals.has(id)) {
    for (let p = scope.parent; p !== null && p.info.kind !== 'module'; p = p.parent) {
      if (p.info.locals.has(id)) return p.vars;
    }
    throw pyError(PyExc.SyntaxError, `no binding for nonlocal '${id}' found`);
  }
  return scope.vars;
}

export function storeName(scope: Scope, id: string, value: PyObject): void {
  bindingScope(scope, id).set(id, value);
}

export function deleteName(scope: Scope, id: string): void {
  if (!bindingScope(scope, id).delete(id)) {
    if (scope.info.kind === 'function' && scope.info.locals.has(id)) {
      throw pyError(PyExc.UnboundLocalError, `cannot access local variable '${id}' where it is not associated with a value`);
    }
    throw nameError(id, scope);
  }
}

/** The walrus binds in the nearest function or module, skipping comprehension scopes. */
function walrusScope(scope: Scope): Scope {
  let s = scope;
  while (s.info.kind === 'comprehension' && s.parent !== null) s = s.parent;
  return s;
}

// ---------- assignment targets ----------

/** `target = value` for a name, attribute, subscript, or (nested, starred) tuple/list of targets. */
export async function assignTarget(interp: Interpreter, target: Expr, value: PyObject, scope: Scope): Promise<void> {
  // Errors while storing point at the target, as CPython's STORE_ATTR/STORE_SUBSCR/UNPACK_SEQUENCE do.
  try {
    await store(interp, target, value, scope);
  } catch (e) {
    throw atExpression(e, target);
  }
}

async function store(interp: Interpreter, target: Expr, value: PyObject, scope: Scope): Promise<void> {
  switch (target.kind) {
    case 'Name':
      storeName(scope, target.id, value);
      return;
    case 'Attribute':
      await setAttr(interp, await evalExpr(interp, target.value, scope), target.attr, value);
      return;
    case 'Subscript': {
      const obj = await evalExpr(interp, target.value, scope);
      await setItem(interp, obj, await evalExpr(interp, target.slice, scope), value);
      return;
    }
    case 'Tuple':
    case 'List':
      await unpack(interp, target.elts, value, scope);
      return;
    default:
      throw pyError(PyExc.SyntaxError, 'cannot assign to expression');
  }
}

async function unpack(interp: Interpreter, targets: Expr[], value: PyObject, scope: Scope): Promise<void> {
  if (!isIterable(value)) throw pyError(PyExc.TypeError, `cannot unpack non-iterable ${value.type.name} object`);
  const items = await toArray(interp, value);
  const star = targets.findIndex((t) => t.kind === 'Starred');
  if (star < 0) {
    if (items.length < targets.length) {
      throw pyError(PyExc.ValueError, `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
    }
    if (items.length > targets.length) {
      throw pyError(PyExc.ValueError, `too many values to unpack (expected ${targets.length})`);
    }
    for (let i = 0; i < targets.length; i++) await assignTarget(interp, targets[i]!, items[i]!, scope);
    return;
  }
  const after = targets.length - star - 1;
  if (items.length < targets.length - 1) {
    throw pyError(
      PyExc.ValueError,
      `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`,
    );
  }
  for (let i = 0; i < star; i++) await assignTarget(interp, targets[i]!, items[i]!, scope);
  const starred = targets[star]!;
  const middle = new PyList(items.slice(star, items.length - after));
  await assignTarget(interp, starred.kind === 'Starred' ? starred.value : starred, middle, scope);
  for (let i = 0; i < after; i++) {
    await assignTarget(interp, targets[star + 1 + i]!, items[items.length - after + i]!, scope);
  }
}
