// Test helper: runs a snippet that prints each case's outcome, so one run checks many PyTorch messages.

import { expect } from 'vitest';
import { runCollecting } from '../../runForTest.ts';

/** Runs `code` and returns what it printed, failing the test if the program raised. */
export async function printed(code: string): Promise<string> {
  const run = await runCollecting(code);
  expect(run.error).toBeNull();
  return run.stdout;
}

/** A program that prints `Type: message` (or `ok value`) for each lambda in `cases`, as Python would. */
export const outcomes = (setup: string, cases: readonly string[]) => `${setup}
for f in [${cases.map((c) => `lambda: ${c}`).join(',\n          ')}]:
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
`;
