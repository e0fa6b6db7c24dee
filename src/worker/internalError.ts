import type { PyErrorInfo } from './protocol.ts';

/**
 * An error that is Tandem's fault, not the learner's (a crashed worker, a bug in the interpreter), shaped
 * like a Python exception so the console and the editor show it the same way. It says so plainly rather than
 * dressing up as a Python error type the learner would look for in their own code.
 */
export function internalError(message: string, type = 'InternalError'): PyErrorInfo {
  return {
    type,
    message,
    line: null,
    col: null,
    endLine: null,
    endCol: null,
    frames: [],
    traceback: `${type}: ${message}`,
  };
}
