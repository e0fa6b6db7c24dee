// The shape of a lesson's lesson.json (README.md), and a parser that names exactly what is wrong with a bad one.
// Lessons are data written by hand, so every field is checked: a typo such as "atleast" must fail loudly,
// not silently turn a check into one that always passes.
import type { Pane } from '../worker/protocol.ts';

export const PANES = ['keras', 'pytorch', 'tf'] as const satisfies readonly Pane[];

export interface LessonMeta {
  /** Shown as the lesson's heading, e.g. "Predict y = 2x". */
  title: string;
  /** One sentence for the lesson list. */
  summary: string;
  /** Which programs the lesson has, in display order. */
  panes: Pane[];
  /** What a learner's run must show for the lesson to count as done. */
  checks: LessonCheck[];
  /** Pairs of line ranges, one per pane, that do the same job. */
  links: ConceptLink[];
}

export type LessonCheck =
  /** The program ran to its end without an error. */
  | { kind: 'ran'; pane: Pane; description: string }
  | { kind: 'stdout-contains'; pane: Pane; text: string; description: string }
  /**
   * `pattern` is a JavaScript regular expression with exactly one capture group, holding a number. The last
   * match in the pane's stdout counts, and passes when the number is within `within` of `near`.
   */
  | { kind: 'stdout-number'; pane: Pane; pattern: string; near: number; within: number; description: string }
  /** The last value of a live-curve series ('loss', 'accuracy', 'val_loss', 'val_accuracy', …). */
  | { kind: 'metric-final'; pane: Pane; series: string; atLeast?: number; atMost?: number; description: string };

/** Lines `[first, last]`, 1-based and inclusive, as an editor numbers them. */
export type LineRange = [number, number];

export interface ConceptLink {
  keras: LineRange;
  pytorch: LineRange;
  note: string;
}

export class LessonFormatError extends Error {
  override name = 'LessonFormatError';
}

/** Checks a parsed lesson.json and returns it typed; throws LessonFormatError naming the first bad field. */
export function parseLessonMeta(value: unknown, source = 'lesson.json'): LessonMeta {
  const meta = record(value, source, ['title', 'summary', 'panes', 'checks', 'links'], []);
  const panes = list(meta.panes, `${source}: panes`).map((pane, i) => paneName(pane, `${source}: panes[${i}]`));
  if (panes.length === 0) fail(`${source}: panes must name at least one pane`);
  if (new Set(panes).size !== panes.length) fail(`${source}: panes must not repeat a pane`);
  const checks = list(meta.checks, `${source}: checks`).map((check, i) =>
    lessonCheck(check, `${source}: checks[${i}]`, panes),
  );
  const links = list(meta.links, `${source}: links`).map((link, i) => conceptLink(link, `${source}: links[${i}]`));
  if (links.length > 0 && !(panes.includes('keras') && panes.includes('pytorch'))) {
    fail(`${source}: links join the keras and pytorch panes, so panes must include both`);
  }
  return {
    title: text(meta.title, `${source}: title`),
    summary: text(meta.summary, `${source}: summary`),
    panes,
    checks,
    links,
  };
}

/** How many capture groups a regular expression has: an empty alternative matches '' with every group unset. */
export function captureGroupCount(pattern: string): number {
  return new RegExp(`${pattern}|`).exec('')!.length - 1;
}

function lessonCheck(value: unknown, where: string, panes: readonly Pane[]): LessonCheck {
  // The kind decides which fields are allowed, so read it before checking the rest.
  const kind = object(value, where).kind;
  switch (kind) {
    case 'ran': {
      const check = record(value, where, ['kind', 'pane', 'description'], []);
      return {
        kind: 'ran',
        pane: checkPane(check.pane, where, panes),
        description: text(check.description, `${where}.description`),
      };
    }
    case 'stdout-contains': {
      const check = record(value, where, ['kind', 'pane', 'text', 'description'], []);
      return {
        kind: 'stdout-contains',
        pane: checkPane(check.pane, where, panes),
        text: text(check.text, `${where}.text`),
        description: text(check.description, `${where}.description`),
      };
    }
    case 'stdout-number': {
      const check = record(value, where, ['kind', 'pane', 'pattern', 'near', 'within', 'description'], []);
      const within = finite(check.within, `${where}.within`);
      if (within < 0) fail(`${where}.within must not be negative`);
      return {
        kind: 'stdout-number',
        pane: checkPane(check.pane, where, panes),
        pattern: numberPattern(check.pattern, `${where}.pattern`),
        near: finite(check.near, `${where}.near`),
        within,
        description: text(check.description, `${where}.description`),
      };
    }
    case 'metric-final': {
      const check = record(value, where, ['kind', 'pane', 'series', 'description'], ['atLeast', 'atMost']);
      if (check.atLeast === undefined && check.atMost === undefined) {
        fail(`${where} needs atLeast, atMost or both`);
      }
      return {
        kind: 'metric-final',
        pane: checkPane(check.pane, where, panes),
        series: text(check.series, `${where}.series`),
        ...(check.atLeast === undefined ? {} : { atLeast: finite(check.atLeast, `${where}.atLeast`) }),
        ...(check.atMost === undefined ? {} : { atMost: finite(check.atMost, `${where}.atMost`) }),
        description: text(check.description, `${where}.description`),
      };
    }
    default:
      return fail(
        `${where}.kind must be 'ran', 'stdout-contains', 'stdout-number' or 'metric-final', not ${show(kind)}`,
      );
  }
}

function conceptLink(value: unknown, where: string): ConceptLink {
  const link = record(value, where, ['keras', 'pytorch', 'note'], []);
  return {
    keras: lineRange(link.keras, `${where}.keras`),
    pytorch: lineRange(link.pytorch, `${where}.pytorch`),
    note: text(link.note, `${where}.note`),
  };
}

function lineRange(value: unknown, where: string): LineRange {
  const range = list(value, where);
  if (range.length !== 2) fail(`${where} must be [first, last]`);
  const [first, last] = range.map((line) => {
    if (!Number.isInteger(line) || (line as number) < 1) {
      fail(`${where} must hold line numbers from 1, not ${show(line)}`);
    }
    return line as number;
  }) as [number, number];
  if (first > last) fail(`${where} starts after it ends: [${first}, ${last}]`);
  return [first, last];
}

function numberPattern(value: unknown, where: string): string {
  const pattern = text(value, where);
  let groups: number;
  try {
    groups = captureGroupCount(pattern);
  } catch (error) {
    return fail(`${where} is not a valid regular expression: ${(error as Error).message}`);
  }
  if (groups !== 1) fail(`${where} must have exactly one capture group, not ${groups}`);
  return pattern;
}

function checkPane(value: unknown, where: string, panes: readonly Pane[]): Pane {
  const pane = paneName(value, `${where}.pane`);
  if (!panes.includes(pane)) fail(`${where}.pane is '${pane}', which is not one of the lesson's panes`);
  return pane;
}

function paneName(value: unknown, where: string): Pane {
  const pane = PANES.find((name) => name === value);
  if (pane === undefined) fail(`${where} must be 'keras', 'pytorch' or 'tf', not ${show(value)}`);
  return pane!;
}

/** An object with exactly the required keys plus any of the optional ones; anything else is a typo. */
function record(value: unknown, where: string, required: string[], optional: string[]): Record<string, unknown> {
  const fields = object(value, where);
  for (const key of required) if (!(key in fields)) fail(`${where} is missing "${key}"`);
  for (const key of Object.keys(fields)) {
    if (!required.includes(key) && !optional.includes(key)) fail(`${where} has an unknown field "${key}"`);
  }
  return fields;
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(`${where} must be an array`);
  return value as unknown[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${where} must be a non-empty string`);
  return value as string;
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${where} must be a number, not ${show(value)}`);
  return value as number;
}

function show(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function fail(message: string): never {
  throw new LessonFormatError(message);
}
