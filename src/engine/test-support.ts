// Shared by the engine's tests: catching the EngineError an engine call raises.

import { EngineError } from './errors.ts';

/** Runs `fn` and returns the EngineError it throws (failing the test if it throws nothing or something else). */
export function engineErrorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
}
