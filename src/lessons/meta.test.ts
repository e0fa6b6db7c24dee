import { describe, expect, it } from 'vitest';
import { captureGroupCount, LessonFormatError, parseLessonMeta } from './meta.ts';

const valid = {
  title: 'Predict y = 2x',
  summary: 'Fit a line in both styles.',
  panes: ['keras', 'pytorch'],
  checks: [
    { kind: 'ran', pane: 'keras', description: 'Keras runs.' },
    { kind: 'stdout-contains', pane: 'pytorch', text: 'tensor(', description: 'PyTorch prints a tensor.' },
    { kind: 'stdout-number', pane: 'keras', pattern: '\\[\\[(-?[0-9.]+)\\]\\]', near: 20, within: 1, description: 'Near 20.' },
    { kind: 'metric-final', pane: 'keras', series: 'accuracy', atLeast: 1, description: 'Accuracy 1.' },
  ],
  links: [{ keras: [1, 3], pytorch: [2, 2], note: 'Imports.' }],
};

function withChange(change: Record<string, unknown>): unknown {
  return { ...valid, ...change };
}

function withCheck(check: Record<string, unknown>): unknown {
  return withChange({ checks: [check] });
}

describe('parseLessonMeta', () => {
  it('returns a well-formed lesson.json unchanged', () => {
    expect(parseLessonMeta(structuredClone(valid))).toEqual(valid);
  });

  it('keeps a metric-final check with only an upper bound', () => {
    const check = { kind: 'metric-final', pane: 'pytorch', series: 'loss', atMost: 0.1, description: 'Low loss.' };
    expect(parseLessonMeta(withCheck(check)).checks).toEqual([check]);
  });

  it('names the field when one is missing', () => {
    const { summary: _summary, ...noSummary } = valid;
    expect(() => parseLessonMeta(noSummary)).toThrow(new LessonFormatError('lesson.json is missing "summary"'));
  });

  it('rejects unknown fields, so a misspelt bound cannot turn a check into one that always passes', () => {
    const check = { kind: 'metric-final', pane: 'keras', series: 'accuracy', atleast: 1, description: 'Typo.' };
    expect(() => parseLessonMeta(withCheck(check), '06/lesson.json')).toThrow(
      '06/lesson.json: checks[0] has an unknown field "atleast"',
    );
  });

  it('rejects a metric-final check without any bound', () => {
    const check = { kind: 'metric-final', pane: 'keras', series: 'accuracy', description: 'No bound.' };
    expect(() => parseLessonMeta(withCheck(check))).toThrow('lesson.json: checks[0] needs atLeast, atMost or both');
  });

  it('rejects a check kind it does not know', () => {
    expect(() => parseLessonMeta(withCheck({ kind: 'figure', pane: 'keras', description: 'A plot.' }))).toThrow(
      "lesson.json: checks[0].kind must be 'ran', 'stdout-contains', 'stdout-number' or 'metric-final', not \"figure\"",
    );
  });

  it('rejects a check on a pane the lesson does not have', () => {
    expect(() => parseLessonMeta(withCheck({ kind: 'ran', pane: 'tf', description: 'TF runs.' }))).toThrow(
      "lesson.json: checks[0].pane is 'tf', which is not one of the lesson's panes",
    );
  });

  it('rejects a pane name outside keras, pytorch and tf', () => {
    expect(() => parseLessonMeta(withChange({ panes: ['keras', 'jax'] }))).toThrow(
      "lesson.json: panes[1] must be 'keras', 'pytorch' or 'tf', not \"jax\"",
    );
  });

  it('rejects repeated panes', () => {
    expect(() => parseLessonMeta(withChange({ panes: ['keras', 'pytorch', 'keras'] }))).toThrow(
      'lesson.json: panes must not repeat a pane',
    );
  });

  it('requires exactly one capture group in a stdout-number pattern', () => {
    const check = (pattern: string) => withCheck({ kind: 'stdout-number', pane: 'keras', pattern, near: 1, within: 0.1, description: 'N.' });
    expect(() => parseLessonMeta(check('loss [0-9.]+'))).toThrow('lesson.json: checks[0].pattern must have exactly one capture group, not 0');
    expect(() => parseLessonMeta(check('(w|b) = ([0-9.]+)'))).toThrow('lesson.json: checks[0].pattern must have exactly one capture group, not 2');
    expect(() => parseLessonMeta(check('(?:w|b) = ([0-9.]+)'))).not.toThrow();
  });

  it('rejects a stdout-number pattern that is not a regular expression', () => {
    const check = withCheck({ kind: 'stdout-number', pane: 'keras', pattern: 'loss ([0-9.]+', near: 1, within: 0.1, description: 'N.' });
    expect(() => parseLessonMeta(check)).toThrow(/^lesson\.json: checks\[0\]\.pattern is not a valid regular expression/);
  });

  it('rejects a negative tolerance', () => {
    const check = withCheck({ kind: 'stdout-number', pane: 'keras', pattern: '([0-9.]+)', near: 1, within: -0.1, description: 'N.' });
    expect(() => parseLessonMeta(check)).toThrow('lesson.json: checks[0].within must not be negative');
  });

  it('rejects line ranges that are not [first, last] with 1 <= first <= last', () => {
    const link = (keras: unknown) => withChange({ links: [{ keras, pytorch: [1, 1], note: 'N.' }] });
    expect(() => parseLessonMeta(link([0, 2]))).toThrow('lesson.json: links[0].keras must hold line numbers from 1, not 0');
    expect(() => parseLessonMeta(link([1.5, 2]))).toThrow('lesson.json: links[0].keras must hold line numbers from 1, not 1.5');
    expect(() => parseLessonMeta(link([5, 4]))).toThrow('lesson.json: links[0].keras starts after it ends: [5, 4]');
    expect(() => parseLessonMeta(link([5]))).toThrow('lesson.json: links[0].keras must be [first, last]');
  });

  it('requires both keras and pytorch panes when a lesson has links', () => {
    expect(() => parseLessonMeta(withChange({ panes: ['keras'], checks: [] }))).toThrow(
      'lesson.json: links join the keras and pytorch panes, so panes must include both',
    );
  });

  it('rejects empty text', () => {
    expect(() => parseLessonMeta(withChange({ title: '  ' }))).toThrow('lesson.json: title must be a non-empty string');
  });
});

describe('captureGroupCount', () => {
  it('counts plain and named groups, not non-capturing ones', () => {
    expect(captureGroupCount('\\[\\[(-?[0-9.]+)\\]\\]')).toBe(1);
    expect(captureGroupCount('(?<w>[0-9.]+) and (?:x)')).toBe(1);
    expect(captureGroupCount('no groups')).toBe(0);
  });
});
