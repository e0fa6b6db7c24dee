// Lesson progress: which of a lesson's checks the learner's latest runs pass, and whether the lesson is done.
import { checkPassed, type RunOutcome } from '../lessons/checks.ts';
import type { LessonCheck } from '../lessons/meta.ts';
import type { Pane } from '../worker/protocol.ts';

export interface LessonProgress {
  /** One entry per check, in lesson.json order: whether its pane's latest finished run passed it. */
  checks: boolean[];
  /**
   * Set the first time every check passes. It stays set when later edits break a check: the learner has done
   * the lesson, and experimenting afterwards (what "Try this" asks for) must not take the tick away.
   */
  done: boolean;
}

export function noProgress(checks: readonly LessonCheck[]): LessonProgress {
  return { checks: checks.map(() => false), done: false };
}

/** Re-reads the checks of the pane that just finished against its run; the other panes' results stand. */
export function recordRun(
  progress: LessonProgress | undefined,
  checks: readonly LessonCheck[],
  pane: Pane,
  outcome: RunOutcome,
): LessonProgress {
  const before = progress !== undefined && progress.checks.length === checks.length ? progress : noProgress(checks);
  const passed = checks.map((check, i) => (check.pane === pane ? checkPassed(check, outcome) : before.checks[i]!));
  return { checks: passed, done: (progress?.done ?? false) || (passed.length > 0 && passed.every(Boolean)) };
}
