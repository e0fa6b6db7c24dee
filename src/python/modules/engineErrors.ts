// The engine raises EngineErrors that name the Python exception PyTorch (or Keras) would raise; natives in these
// modules rethrow them as that Python exception so `except RuntimeError` and tracebacks see PyTorch's text.

import { EngineError } from '../../engine/index.ts';
import { PyExc, pyError } from '../objects/exception.ts';

/** The Python exception for an engine error; anything else passes through unchanged. */
export function toPython(e: unknown): unknown {
  if (e instanceof EngineError) return pyError(PyExc[e.pyType], e.message);
  return e;
}

/** Runs engine code, translating its errors. */
export function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw toPython(e);
  }
}

/** Awaits engine work, translating its errors. */
export async function engineAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toPython(e);
  }
}
