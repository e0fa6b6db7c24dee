// How exceptions travel through the evaluator: JS errors from native code become Python exceptions, and each
// Python frame an exception passes through adds one traceback entry (CPython's PyTraceBack_Here) at the
// position of the innermost expression that was running in that frame.

import type { Pos } from '../ast.ts';
import type { Frame } from '../objects/context.ts';
import { PyBaseException, PyExc, pyError, type TracebackEntry } from '../objects/exception.ts';

/** Per-exception bookkeeping while it unwinds; kept off the Python object so it cannot leak into user code. */
interface Unwinding {
  /** The innermost expression that was running in the current frame when the exception surfaced there. */
  pos: Pos | null;
  /** The frame that last added itself to the traceback. */
  frame: Frame | null;
}

const unwinding = new WeakMap<PyBaseException, Unwinding>();

function state(exc: PyBaseException): Unwinding {
  let s = unwinding.get(exc);
  if (s === undefined) {
    s = { pos: null, frame: null };
    unwinding.set(exc, s);
  }
  return s;
}

/** The AST node each traceback entry points at, for the carets under it. */
export const entryNodes = new WeakMap<TracebackEntry, Pos>();

/** Any thrown value as a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyError(PyExc.RecursionError, 'maximum recursion depth exceeded');
  }
  const message = e instanceof Error ? e.message : String(e);
  return pyError(PyExc.RuntimeError, message);
}

/** Called as an exception leaves an expression: remembers the innermost one for this frame. */
export function atExpression(e: unknown, node: Pos): PyBaseException {
  const exc = toPyException(e);
  const s = state(exc);
  if (s.pos === null) s.pos = node;
  return exc;
}

/** Called as an exception leaves a statement (or is caught) in `frame`: adds the frame's traceback entry once. */
export function atStatement(e: unknown, frame: Frame, stmt: Pos): PyBaseException {
  const exc = toPyException(e);
  const s = state(exc);
  if (s.frame !== frame) {
    const pos = s.pos ?? stmt;
    const entry: TracebackEntry = {
      filename: frame.filename,
      name: frame.name,
      line: pos.line,
      col: pos.col,
      endLine: pos.endLine,
      endCol: pos.endCol,
    };
    entryNodes.set(entry, pos);
    exc.traceback.unshift(entry);
    s.frame = frame;
  }
  s.pos = null;
  return exc;
}

/** `raise e` of an exception already seen: it gets a fresh entry for the raise, as in CPython. */
export function raisedAgain(exc: PyBaseException): void {
  const s = state(exc);
  s.frame = null;
  s.pos = null;
}
