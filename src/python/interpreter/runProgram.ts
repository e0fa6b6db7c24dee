// Running a program against a given module registry: parse, run, and report either success or the Python error
// (type, message, position of the deepest frame, and the traceback text as CPython prints it). run.ts binds
// Tandem's own modules; tests may pass another registry.

import type { PyErrorInfo } from '../../worker/protocol.ts';
import { createBuiltins } from '../builtins/index.ts';
import { Interpreter } from './interpreter.ts';
import { toPyException } from './exceptions.ts';
import { exceptionLine, exceptionMessage, formatTraceback, qualifiedTypeName } from './traceback.ts';
import type { RunHost } from '../objects/context.ts';
import { PyExc, type PyBaseException } from '../objects/exception.ts';
import { None } from '../objects/constants.ts';
import { PyInt } from '../objects/int.ts';
import { pyTuple } from '../objects/tuple.ts';
import { str } from '../runtime/text.ts';
import type { ModuleRegistry } from '../objects/module.ts';
import { parse, PySyntaxError } from '../parser/index.ts';

export interface RunOptions {
  /** The name tracebacks show ('pytorch.py', or an absolute path from the CLI). */
  filename: string;
  /** Wall-clock limit; past it the program ends with a TimeoutError. */
  timeLimitMs?: number;
  /** Limit on executed statements (deterministic, for tests). */
  stepLimit?: number;
  /**
   * Release unreachable tensors at every statement end and loop iteration, not only once enough was allocated
   * (tests use it to prove nothing in use is ever released).
   */
  releaseEagerly?: boolean;
}

/**
 * How a run ended. A failed run may carry the exit status a terminal would see (sys.exit(2) gives 2); the CLI
 * uses 1 when there is none, as CPython does for an uncaught exception.
 */
export type RunResult = { ok: true } | { ok: false; error: PyErrorInfo; exitCode?: number };

export async function runProgram(
  code: string,
  host: RunHost,
  options: RunOptions,
  registry: ModuleRegistry,
): Promise<RunResult> {
  let module;
  try {
    module = parse(code, options.filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return { ok: false, error: syntaxErrorInfo(e) };
    throw e;
  }
  const interp = new Interpreter({
    host,
    filename: options.filename,
    source: module.source,
    builtins: createBuiltins(),
    registry,
    timeLimitMs: options.timeLimitMs,
    stepLimit: options.stepLimit,
    releaseEagerly: options.releaseEagerly,
  });
  try {
    await interp.run(module);
    return { ok: true };
  } catch (e) {
    const exc = toPyException(e);
    if (exc.isInstance(PyExc.SystemExit)) return systemExit(interp, exc);
    return { ok: false, error: await errorInfo(interp, exc) };
  } finally {
    // After the error text is formatted: formatting may still read tensors (a repr in the message).
    await interp.finish();
  }
}

/**
 * sys.exit(code) as CPython's handle_system_exit treats it: None or 0 end the program quietly; another int is
 * the exit status, with nothing printed; anything else is printed (to stderr) and the status is 1.
 */
async function systemExit(interp: Interpreter, exc: PyBaseException): Promise<RunResult> {
  const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0]! : pyTuple(exc.args);
  if (code === None || (code instanceof PyInt && Number(code.value) === 0)) return { ok: true };
  const info = await errorInfo(interp, exc);
  if (code instanceof PyInt) {
    const status = Number(code.value);
    return { ok: false, error: { ...info, message: String(code.value), traceback: '' }, exitCode: status };
  }
  const text = await str(interp, code);
  return { ok: false, error: { ...info, message: text, traceback: text + '\n' }, exitCode: 1 };
}

async function errorInfo(interp: Interpreter, exc: PyBaseException): Promise<PyErrorInfo> {
  const traceback = await formatTraceback(interp, exc, (entry) => interp.sourceLine(entry.line, false));
  const last = exc.traceback[exc.traceback.length - 1];
  return {
    type: qualifiedTypeName(exc),
    message: await exceptionMessage(interp, exc),
    line: last?.line ?? null,
    col: last?.col ?? null,
    endLine: last?.endLine ?? null,
    endCol: last?.endCol ?? null,
    frames: exc.traceback.map((entry) => ({
      filename: entry.filename,
      line: entry.line,
      name: entry.name,
      text: interp.sourceLine(entry.line, true),
    })),
    traceback,
  };
}

/** A SyntaxError as CPython prints it: the file and line, the source line, carets, and the message. */
export function syntaxErrorInfo(e: PySyntaxError): PyErrorInfo {
  const text = e.lineText.replace(/\n$/, '');
  // Multi-line errors highlight to the end of the first line; carets never run past the text (pythonrun.c).
  let endOffset = e.endLine > e.line ? text.length : e.endCol;
  if (endOffset > text.length + 1) endOffset = text.length + 1;
  // CPython reads the end offset of SyntaxError itself only; its subclasses (IndentationError) get one caret.
  if (e.pyType !== 'SyntaxError') endOffset = -1;
  let traceback = `  File "${e.filename}", line ${e.line}\n` + errorText(text, e.col, endOffset);
  traceback += exceptionLine(e.pyType, e.msg) + '\n';
  return {
    type: e.pyType,
    message: e.msg,
    line: e.line,
    col: e.col,
    endLine: e.endLine,
    endCol: e.endCol,
    frames: [{ filename: e.filename, line: e.line, name: '<module>', text: text.trim() || null }],
    traceback,
  };
}

/** CPython 3.11's print_error_text: the stripped line, then carets from `offset` (1-based) to `endOffset`. */
function errorText(line: string, offset: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = line;
  let at = offset - 1;
  while (text.startsWith(' ') || text.startsWith('\t') || text.startsWith('\f')) {
    text = text.slice(1);
    at--;
  }
  if (text === '') return '';
  if (at > text.length) at = text.length;
  let out = `    ${text}\n`;
  if (at < 0) return out;
  out += `    ${' '.repeat(at)}${'^'.repeat(carets)}\n`;
  return out;
}
