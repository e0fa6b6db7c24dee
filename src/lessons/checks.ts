// Whether a pane's run shows what a lesson check asks for. The UI decides when a lesson counts as done by calling
// checkPassed for each of the lesson's checks against that pane's latest run.
import type { LessonCheck } from './meta.ts';

/** What a finished run of one pane left behind, in the terms a check needs. */
export interface RunOutcome {
  /** True when the program reached its end: no error, not stopped. */
  completed: boolean;
  /** Everything the program printed, in order. */
  stdout: string;
  /** Live-curve series by name, each in step order (Keras: one point per epoch; PyTorch: one per backward()). */
  curves: Readonly<Record<string, readonly { value: number }[]>>;
}

/**
 * Every check needs a completed run: a lesson is done when the learner's program works, so output printed
 * before a crash does not count.
 */
export function checkPassed(check: LessonCheck, run: RunOutcome): boolean {
  if (!run.completed) return false;
  switch (check.kind) {
    case 'ran':
      return true;
    case 'stdout-contains':
      return run.stdout.includes(check.text);
    case 'stdout-number': {
      const value = lastNumber(check.pattern, run.stdout);
      return value !== null && Math.abs(value - check.near) <= check.within;
    }
    case 'metric-final': {
      const value = run.curves[check.series]?.at(-1)?.value;
      if (value === undefined || Number.isNaN(value)) return false;
      const highEnough = check.atLeast === undefined || value >= check.atLeast;
      const lowEnough = check.atMost === undefined || value <= check.atMost;
      return highEnough && lowEnough;
    }
  }
}

/**
 * The number in the pattern's capture group at its last match in `stdout`, or null when there is no match or
 * the group is not a number. The last match counts because programs print progress before their final answer.
 */
export function lastNumber(pattern: string, stdout: string): number | null {
  const last = [...stdout.matchAll(new RegExp(pattern, 'g'))].at(-1);
  const text = last?.[1];
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isNaN(value) ? null : value;
}
