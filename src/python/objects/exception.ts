// Python exceptions: instances of BaseException's subclasses, thrown as JS values by both the evaluator and
// native code (`throw pyError(PyExc.ValueError, 'bad')`). The hierarchy is CPython's, so `except LookupError`
// catches IndexError and KeyError as learners expect.

import type { Pos } from '../ast.ts';
import { PyObject, PyType, objectType } from './object.ts';
import { PyStr } from './str.ts';

/** One line pair of a traceback: where a frame was when the exception passed through it. */
export interface TracebackEntry extends Pos {
  filename: string;
  /** Function name or '<module>'. */
  name: string;
}

export class PyBaseException extends PyObject {
  args: PyObject[];
  /** Outermost frame first, as printed. Filled in while the exception unwinds through Python frames. */
  traceback: TracebackEntry[] = [];
  /** `raise X from Y` */
  cause: PyBaseException | null = null;
  /** The exception being handled when this one was raised. */
  context: PyBaseException | null = null;
  suppressContext = false;

  constructor(type: PyType, args: PyObject[]) {
    super(type, new Map());
    this.args = args;
  }

  isInstance(type: PyType): boolean {
    return this.type.isSubtypeOf(type);
  }
}

function exceptionType(name: string, base: PyType | null): PyType {
  return new PyType(name, base === null ? [objectType] : [base], {
    construct: (_ctx, type, args) => new PyBaseException(type, [...args]),
  });
}

const BaseException = exceptionType('BaseException', null);
const Exception = exceptionType('Exception', BaseException);
const ArithmeticError = exceptionType('ArithmeticError', Exception);
const LookupError = exceptionType('LookupError', Exception);
const RuntimeError = exceptionType('RuntimeError', Exception);
const NameError = exceptionType('NameError', Exception);
const ImportError = exceptionType('ImportError', Exception);
const OSError = exceptionType('OSError', Exception);
const ValueError = exceptionType('ValueError', Exception);
const SyntaxError = exceptionType('SyntaxError', Exception);
const Warning = exceptionType('Warning', Exception);
const IndentationError = exceptionType('IndentationError', SyntaxError);
const ConnectionError = exceptionType('ConnectionError', OSError);
const UnicodeError = exceptionType('UnicodeError', ValueError);

/** The built-in exception types by name, like CPython's PyExc_TypeError and friends. */
export const PyExc = {
  BaseException,
  Exception,
  GeneratorExit: exceptionType('GeneratorExit', BaseException),
  KeyboardInterrupt: exceptionType('KeyboardInterrupt', BaseException),
  SystemExit: exceptionType('SystemExit', BaseException),
  ArithmeticError,
  FloatingPointError: exceptionType('FloatingPointError', ArithmeticError),
  OverflowError: exceptionType('OverflowError', ArithmeticError),
  ZeroDivisionError: exceptionType('ZeroDivisionError', ArithmeticError),
  AssertionError: exceptionType('AssertionError', Exception),
  AttributeError: exceptionType('AttributeError', Exception),
  EOFError: exceptionType('EOFError', Exception),
  ImportError,
  ModuleNotFoundError: exceptionType('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: exceptionType('IndexError', LookupError),
  KeyError: exceptionType('KeyError', LookupError),
  MemoryError: exceptionType('MemoryError', Exception),
  NameError,
  UnboundLocalError: exceptionType('UnboundLocalError', NameError),
  OSError,
  FileNotFoundError: exceptionType('FileNotFoundError', OSError),
  TimeoutError: exceptionType('TimeoutError', OSError),
  RuntimeError,
  NotImplementedError: exceptionType('NotImplementedError', RuntimeError),
  RecursionError: exceptionType('RecursionError', RuntimeError),
  StopIteration: exceptionType('StopIteration', Exception),
  SyntaxError,
  IndentationError,
  TabError: exceptionType('TabError', IndentationError),
  SystemError: exceptionType('SystemError', Exception),
  TypeError: exceptionType('TypeError', Exception),
  ValueError,
  UnicodeError,
  Warning,
  UserWarning: exceptionType('UserWarning', Warning),
  DeprecationWarning: exceptionType('DeprecationWarning', Warning),
  RuntimeWarning: exceptionType('RuntimeWarning', Warning),
  // The rest of CPython's built-in exceptions, so programs that name them (`except ConnectionError`) run.
  BufferError: exceptionType('BufferError', Exception),
  ReferenceError: exceptionType('ReferenceError', Exception),
  StopAsyncIteration: exceptionType('StopAsyncIteration', Exception),
  ConnectionError,
  BrokenPipeError: exceptionType('BrokenPipeError', ConnectionError),
  ConnectionAbortedError: exceptionType('ConnectionAbortedError', ConnectionError),
  ConnectionRefusedError: exceptionType('ConnectionRefusedError', ConnectionError),
  ConnectionResetError: exceptionType('ConnectionResetError', ConnectionError),
  BlockingIOError: exceptionType('BlockingIOError', OSError),
  ChildProcessError: exceptionType('ChildProcessError', OSError),
  FileExistsError: exceptionType('FileExistsError', OSError),
  InterruptedError: exceptionType('InterruptedError', OSError),
  IsADirectoryError: exceptionType('IsADirectoryError', OSError),
  NotADirectoryError: exceptionType('NotADirectoryError', OSError),
  PermissionError: exceptionType('PermissionError', OSError),
  ProcessLookupError: exceptionType('ProcessLookupError', OSError),
  UnicodeDecodeError: exceptionType('UnicodeDecodeError', UnicodeError),
  UnicodeEncodeError: exceptionType('UnicodeEncodeError', UnicodeError),
  UnicodeTranslateError: exceptionType('UnicodeTranslateError', UnicodeError),
  BytesWarning: exceptionType('BytesWarning', Warning),
  EncodingWarning: exceptionType('EncodingWarning', Warning),
  FutureWarning: exceptionType('FutureWarning', Warning),
  ImportWarning: exceptionType('ImportWarning', Warning),
  PendingDeprecationWarning: exceptionType('PendingDeprecationWarning', Warning),
  ResourceWarning: exceptionType('ResourceWarning', Warning),
  SyntaxWarning: exceptionType('SyntaxWarning', Warning),
  UnicodeWarning: exceptionType('UnicodeWarning', Warning),
  EnvironmentError: OSError,
  IOError: OSError,
} as const;

/** A new exception of `type` with a message: `throw pyError(PyExc.TypeError, "...")`. */
export function pyError(type: PyType, message: string): PyBaseException {
  return new PyBaseException(type, [new PyStr(message)]);
}

/** Whether a thrown JS value is a Python exception (anything else is a bug or a host error). */
export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}
