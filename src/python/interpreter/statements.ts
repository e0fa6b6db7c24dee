// Executing statements. A block returns how it ended: normally (undefined), by break/continue, or by return.
// Exceptions are JS throws of Python exception objects; each statement that an exception leaves adds its
// frame to the traceback (exceptions.ts).

import type { Assert, Delete, Expr, For, If, Raise, Stmt, Try, While, With } from '../ast.ts';
import { None } from '../objects/constants.ts';
import type { Frame } from '../objects/context.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import type { PyObject } from '../objects/object.ts';
import { PyType } from '../objects/object.ts';
import { PyRange } from '../objects/range.ts';
import { PyTuple } from '../objects/tuple.ts';
import { pyInt } from '../objects/int.ts';
import { delAttr, getAttr, setAttr } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { getIterator, nextItem } from '../runtime/iteration.ts';
import { inplaceOp } from '../runtime/operators.ts';
import { delItem, getItem, setItem } from '../runtime/subscript.ts';
import { isTruthy } from '../runtime/truth.ts';
import { execClassDef } from './classes.ts';
import { atExpression, atStatement, raisedAgain, toPyException } from './exceptions.ts';
import { assignTarget, deleteName, evalExpr, immediate, loadName, storeName } from './expressions.ts';
import { makeFunction } from './functions.ts';
import type { Interpreter } from './interpreter.ts';
import { execImport, execImportFrom } from './imports.ts';
import type { Scope } from './scope.ts';
import { unsupported } from './unsupported.ts';

export const BREAK = 1;
export const CONTINUE = 2;

export class ReturnValue {
  constructor(readonly value: PyObject) {}
}

export type Signal = undefined | typeof BREAK | typeof CONTINUE | ReturnValue;

/** Runs statements in order; `topLevel` marks module-level code, where the statement-end hook runs. */
export async function execBlock(
  interp: Interpreter,
  body: Stmt[],
  scope: Scope,
  frame: Frame,
  topLevel = false,
): Promise<Signal> {
  for (const stmt of body) {
    frame.pos = stmt;
    let signal: Signal;
    try {
      const pause = interp.tick();
      if (pause !== undefined) await pause;
      signal = await execStmt(interp, stmt, scope, frame);
    } catch (e) {
      throw atStatement(e, frame, stmt);
    }
    if (topLevel) {
      const hooks = interp.statementEnd(frame);
      if (hooks !== undefined) await hooks;
    }
    if (signal !== undefined) return signal;
  }
  return undefined;
}

async function execStmt(interp: Interpreter, s: Stmt, scope: Scope, frame: Frame): Promise<Signal> {
  switch (s.kind) {
    case 'Expr':
      await evalExpr(interp, s.value, scope);
      return undefined;
    case 'Assign': {
      const value = immediate(s.value, scope) ?? (await evalExpr(interp, s.value, scope));
      for (const target of s.targets) await assignTarget(interp, target, value, scope);
      return undefined;
    }
    case 'AugAssign':
      await execAugAssign(interp, s.target, s.op, s.value, scope);
      return undefined;
    case 'AnnAssign':
      if (s.value !== null) await assignTarget(interp, s.target, await evalExpr(interp, s.value, scope), scope);
      return undefined;
    case 'If':
      return execIf(interp, s, scope, frame);
    case 'For':
      return execFor(interp, s, scope, frame);
    case 'While':
      return execWhile(interp, s, scope, frame);
    case 'Break':
      return BREAK;
    case 'Continue':
      return CONTINUE;
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return undefined;
    case 'Return':
      return new ReturnValue(s.value === null ? None : (immediate(s.value, scope) ?? (await evalExpr(interp, s.value, scope))));
    case 'FunctionDef': {
      if (s.isAsync) throw unsupported('async def');
      const decorators: PyObject[] = [];
      for (const d of s.decorators) decorators.push(await evalExpr(interp, d, scope));
      let fn: PyObject = await makeFunction(interp, s, scope);
      for (const d of decorators.reverse()) fn = await callObject(interp, d, [fn]);
      storeName(scope, s.name, fn);
      return undefined;
    }
    case 'ClassDef':
      await execClassDef(interp, s, scope);
      return undefined;
    case 'Import':
      await execImport(interp, s, scope);
      return undefined;
    case 'ImportFrom':
      await execImportFrom(interp, s, scope);
      return undefined;
    case 'Delete':
      await execDelete(interp, s, scope);
      return undefined;
    case 'Assert':
      await execAssert(interp, s, scope);
      return undefined;
    case 'Raise':
      await execRaise(interp, s, scope);
      return undefined;
    case 'Try':
      return execTry(interp, s, scope, frame);
    case 'With':
      return execWith(interp, s, scope, frame);
    case 'Match':
      throw unsupported('match');
  }
}

async function execIf(interp: Interpreter, s: If, scope: Scope, frame: Frame): Promise<Signal> {
  const test = await isTruthy(interp, await evalExpr(interp, s.test, scope));
  return execBlock(interp, test ? s.body : s.orelse, scope, frame);
}

async function execWhile(interp: Interpreter, s: While, scope: Scope, frame: Frame): Promise<Signal> {
  while (await isTruthy(interp, await evalExpr(interp, s.test, scope))) {
    const signal = await execBlock(interp, s.body, scope, frame);
    if (signal === BREAK) return undefined;
    if (signal instanceof ReturnValue) return signal;
    const hooks = interp.statementEnd(frame);
    if (hooks !== undefined) await hooks;
  }
  return execBlock(interp, s.orelse, scope, frame);
}

async function execFor(interp: Interpreter, s: For, scope: Scope, frame: Frame): Promise<Signal> {
  if (s.isAsync) throw unsupported('async for');
  const iterable = await evalExpr(interp, s.iter, scope);
  // range() with a simple target needs no iterator objects.
  if (iterable instanceof PyRange && s.target.kind === 'Name') {
    const n = iterable.length;
    for (let i = 0; i < n; i++) {
      storeName(scope, s.target.id, pyInt(iterable.at(i)));
      const signal = await execBlock(interp, s.body, scope, frame);
      if (signal === BREAK) return undefined;
      if (signal instanceof ReturnValue) return signal;
      const hooks = interp.statementEnd(frame);
      if (hooks !== undefined) await hooks;
    }
    return execBlock(interp, s.orelse, scope, frame);
  }
  const it = await getIterator(interp, iterable);
  // The iterator may be all that holds the values still to come (`for t in tensors[:]`).
  interp.lifetime.pin(it);
  try {
    for (;;) {
      frame.pos = s.iter;
      const item = await nextItem(interp, it);
      if (item === undefined) break;
      await assignTarget(interp, s.target, item, scope);
      const signal = await execBlock(interp, s.body, scope, frame);
      if (signal === BREAK) return undefined;
      if (signal instanceof ReturnValue) return signal;
      const hooks = interp.statementEnd(frame);
      if (hooks !== undefined) await hooks;
    }
  } finally {
    interp.lifetime.unpin();
  }
  return execBlock(interp, s.orelse, scope, frame);
}

async function execAugAssign(
  interp: Interpreter,
  target: Expr,
  op: Parameters<typeof inplaceOp>[1],
  valueNode: Expr,
  scope: Scope,
): Promise<void> {
  if (target.kind === 'Name') {
    let current: PyObject;
    try {
      current = loadName(scope, target.id);
    } catch (e) {
      throw atExpression(e, target);
    }
    const value = immediate(valueNode, scope) ?? (await evalExpr(interp, valueNode, scope));
    storeName(scope, target.id, await inplaceOp(interp, op, current, value));
  } else if (target.kind === 'Attribute') {
    const obj = await evalExpr(interp, target.value, scope);
    const current = await getAttr(interp, obj, target.attr);
    const value = immediate(valueNode, scope) ?? (await evalExpr(interp, valueNode, scope));
    await setAttr(interp, obj, target.attr, await inplaceOp(interp, op, current, value));
  } else if (target.kind === 'Subscript') {
    const obj = await evalExpr(interp, target.value, scope);
    const key = await evalExpr(interp, target.slice, scope);
    const current = await getItem(interp, obj, key);
    const value = immediate(valueNode, scope) ?? (await evalExpr(interp, valueNode, scope));
    await setItem(interp, obj, key, await inplaceOp(interp, op, current, value));
  } else {
    throw pyError(PyExc.SyntaxError, "'expression' is an illegal expression for augmented assignment");
  }
}

async function execDelete(interp: Interpreter, s: Delete, scope: Scope): Promise<void> {
  const del = async (t: Expr): Promise<void> => {
    if (t.kind === 'Name') deleteName(scope, t.id);
    else if (t.kind === 'Attribute') await delAttr(interp, await evalExpr(interp, t.value, scope), t.attr);
    else if (t.kind === 'Subscript') {
      const obj = await evalExpr(interp, t.value, scope);
      await delItem(interp, obj, await evalExpr(interp, t.slice, scope));
    } else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) await del(e);
    else throw pyError(PyExc.SyntaxError, 'cannot delete expression');
  };
  for (const t of s.targets) await del(t);
}

async function execAssert(interp: Interpreter, s: Assert, scope: Scope): Promise<void> {
  if (await isTruthy(interp, await evalExpr(interp, s.test, scope))) return;
  const args = s.msg === null ? [] : [await evalExpr(interp, s.msg, scope)];
  throw atExpression(new PyBaseException(PyExc.AssertionError, args), s.test);
}

/** An exception instance from what follows `raise` (a class is instantiated with no arguments). */
async function exceptionFrom(interp: Interpreter, value: PyObject, what: string): Promise<PyBaseException> {
  if (value instanceof PyType && value.isSubtypeOf(PyExc.BaseException)) {
    const exc = await callObject(interp, value);
    if (exc instanceof PyBaseException) return exc;
  }
  if (value instanceof PyBaseException) return value;
  throw pyError(PyExc.TypeError, what);
}

async function execRaise(interp: Interpreter, s: Raise, scope: Scope): Promise<void> {
  if (s.exc === null) {
    const current = interp.handling[interp.handling.length - 1];
    if (current === undefined) throw pyError(PyExc.RuntimeError, 'No active exception to reraise');
    throw current;
  }
  const exc = await exceptionFrom(interp, await evalExpr(interp, s.exc, scope), 'exceptions must derive from BaseException');
  if (s.cause !== null) {
    const cause = await evalExpr(interp, s.cause, scope);
    exc.cause = cause === None ? null : await exceptionFrom(interp, cause, 'exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  noteContext(interp, exc);
  raisedAgain(exc);
  throw exc;
}

/** Whether an `except` clause's type expression matches exc. */
async function matches(interp: Interpreter, exc: PyBaseException, clause: PyObject): Promise<boolean> {
  if (clause instanceof PyTuple) {
    for (const t of clause.items) if (await matches(interp, exc, t)) return true;
    return false;
  }
  if (clause instanceof PyType && clause.isSubtypeOf(PyExc.BaseException)) return exc.isInstance(clause);
  throw pyError(PyExc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

async function execTry(interp: Interpreter, s: Try, scope: Scope, frame: Frame): Promise<Signal> {
  if (s.finalbody.length === 0) return execTryBody(interp, s, scope, frame);
  let outcome: { signal: Signal } | { error: unknown };
  try {
    outcome = { signal: await execTryBody(interp, s, scope, frame) };
  } catch (e) {
    outcome = { error: e };
  }
  // What is pending (a return value, an exception) stays alive while `finally` runs (its loops may collect).
  interp.lifetime.pin(outcome);
  let finalSignal: Signal;
  try {
    finalSignal = await execBlock(interp, s.finalbody, scope, frame);
  } finally {
    interp.lifetime.unpin();
  }
  // A return or break in `finally` wins over a pending exception or return, as in Python.
  if (finalSignal !== undefined) return finalSignal;
  if ('error' in outcome) throw outcome.error;
  return outcome.signal;
}

async function execTryBody(interp: Interpreter, s: Try, scope: Scope, frame: Frame): Promise<Signal> {
  let signal: Signal;
  try {
    signal = await execBlock(interp, s.body, scope, frame);
  } catch (e) {
    const exc = atStatement(e, frame, s);
    if (interp.expired) throw exc;
    noteContext(interp, exc);
    const handler = await findHandler(interp, s, exc, scope);
    if (handler === undefined) throw exc;
    return await runHandler(interp, handler, exc, scope, frame);
  }
  if (signal !== undefined) return signal;
  return await execBlock(interp, s.orelse, scope, frame);
}

/** An exception raised while another is being handled remembers it as __context__ (CPython sets it at raise). */
function noteContext(interp: Interpreter, exc: PyBaseException): void {
  const outer = interp.handling[interp.handling.length - 1];
  if (outer !== undefined && outer !== exc && exc.context === null) exc.context = outer;
}

async function findHandler(interp: Interpreter, s: Try, exc: PyBaseException, scope: Scope) {
  for (const h of s.handlers) {
    if (h.type === null) return h;
    if (await matches(interp, exc, await evalExpr(interp, h.type, scope))) return h;
  }
  return undefined;
}

async function runHandler(
  interp: Interpreter,
  handler: Try['handlers'][number],
  exc: PyBaseException,
  scope: Scope,
  frame: Frame,
): Promise<Signal> {
  if (handler.name !== null) storeName(scope, handler.name, exc);
  interp.handling.push(exc);
  try {
    return await execBlock(interp, handler.body, scope, frame);
  } catch (e) {
    const raised = toPyException(e);
    if (raised !== exc && raised.context === null) raised.context = exc;
    throw raised;
  } finally {
    interp.handling.pop();
    if (handler.name !== null) scope.vars.delete(handler.name);
  }
}

async function execWith(interp: Interpreter, s: With, scope: Scope, frame: Frame): Promise<Signal> {
  if (s.isAsync) throw unsupported('async with');
  return withItems(interp, s, 0, scope, frame);
}

/** Nested `with a, b:` is `with a: with b:`. */
async function withItems(interp: Interpreter, s: With, index: number, scope: Scope, frame: Frame): Promise<Signal> {
  if (index === s.items.length) return execBlock(interp, s.body, scope, frame);
  const item = s.items[index]!;
  const manager = await evalExpr(interp, item.contextExpr, scope);
  const enter = manager.type.lookup('__enter__');
  const exit = manager.type.lookup('__exit__');
  if (enter === undefined || exit === undefined) {
    throw pyError(
      PyExc.TypeError,
      `'${manager.type.name}' object does not support the context manager protocol`,
    );
  }
  const value = await callObject(interp, enter, [manager]);
  // The manager must outlive the body: its __exit__ runs at the end.
  interp.lifetime.pin(manager);
  try {
    if (item.optionalVars !== null) await assignTarget(interp, item.optionalVars, value, scope);
    let signal: Signal;
    try {
      signal = await withItems(interp, s, index + 1, scope, frame);
    } catch (e) {
      const exc = atStatement(e, frame, s);
      const suppress = await callObject(interp, exit, [manager, exc.type, exc, None]);
      if (!interp.expired && (await isTruthy(interp, suppress))) return undefined;
      throw exc;
    }
    await callObject(interp, exit, [manager, None, None, None]);
    return signal;
  } finally {
    interp.lifetime.unpin();
  }
}

