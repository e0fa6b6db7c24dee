// Shared by the engine's tests: catching the EngineError an engine call raises, and running PyTorch fixture cases
// with and without the runtime releasing memory.

import { describe, it } from 'vitest';
import { EngineError } from './errors.ts';
import { beginOwnership } from './memory/ownership.ts';

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

/**
 * Declares each fixture case twice: as it is, and with the runtime owning memory, so that `run` (told which) can
 * release between forward and backward every buffer that neither the inputs nor the outputs' graphs reach: a
 * backward that reads memory its node does not declare (saved or kept tensors, engine/memory) fails loudly then.
 */
export function describeCasesWithRelease<C extends { name: string }>(
  title: string,
  cases: readonly C[],
  run: (c: C, releasing: boolean) => Promise<void>,
): void {
  for (const releasing of [false, true]) {
    describe(releasing ? `${title} with unreachable memory released` : title, () => {
      for (const c of cases) {
        it(c.name, async () => {
          const endOwnership = releasing ? beginOwnership() : null;
          try {
            await run(c, releasing);
          } finally {
            endOwnership?.();
          }
        });
      }
    });
  }
}
