import { describe, expect, it } from 'vitest';
import { checkPassed, lastNumber, type RunOutcome } from './checks.ts';
import type { LessonCheck } from './meta.ts';

function run(change: Partial<RunOutcome> = {}): RunOutcome {
  return { completed: true, stdout: '', curves: {}, ...change };
}

// The seed's Keras regression ends by printing its prediction for 10 like this.
const kerasPrediction: LessonCheck = {
  kind: 'stdout-number', pane: 'keras', pattern: '\\[\\[(-?[0-9.]+)\\]\\]', near: 20, within: 1, description: 'Near 20.',
};

describe('checkPassed', () => {
  it('passes a ran check when the program reached its end', () => {
    const ran: LessonCheck = { kind: 'ran', pane: 'pytorch', description: 'Runs.' };
    expect(checkPassed(ran, run())).toBe(true);
    expect(checkPassed(ran, run({ completed: false }))).toBe(false);
  });

  it('finds text anywhere in stdout', () => {
    const check: LessonCheck = { kind: 'stdout-contains', pane: 'pytorch', text: '(1x3 and 2x1)', description: 'Error.' };
    expect(checkPassed(check, run({ stdout: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x3 and 2x1)\n' }))).toBe(true);
    expect(checkPassed(check, run({ stdout: '(1x3 and 2x2)\n' }))).toBe(false);
  });

  it("reads Keras' [[19.41911]] as 19.41911, within 1 of 20", () => {
    expect(checkPassed(kerasPrediction, run({ stdout: '1/1 ━━━━ 0s 62ms/step\n[[19.41911]]\n' }))).toBe(true);
    expect(checkPassed(kerasPrediction, run({ stdout: '[[18.9556]]\n' }))).toBe(false);
  });

  it('judges the last match, since programs print progress before their answer', () => {
    expect(checkPassed(kerasPrediction, run({ stdout: '[[3.2]]\n[[19.9]]\n' }))).toBe(true);
    expect(checkPassed(kerasPrediction, run({ stdout: '[[19.9]]\n[[3.2]]\n' }))).toBe(false);
  });

  it('counts a number exactly `within` away as near enough', () => {
    expect(checkPassed(kerasPrediction, run({ stdout: '[[21]]\n' }))).toBe(true);
  });

  it('fails a stdout-number check when nothing matches', () => {
    expect(checkPassed(kerasPrediction, run({ stdout: 'no prediction\n' }))).toBe(false);
  });

  it('compares the last point of a curve with its bounds, inclusive', () => {
    const accuracy: LessonCheck = { kind: 'metric-final', pane: 'keras', series: 'accuracy', atLeast: 1, description: 'All right.' };
    expect(checkPassed(accuracy, run({ curves: { accuracy: [{ value: 0.5 }, { value: 1 }] } }))).toBe(true);
    expect(checkPassed(accuracy, run({ curves: { accuracy: [{ value: 1 }, { value: 0.83 }] } }))).toBe(false);
    const lowLoss: LessonCheck = { kind: 'metric-final', pane: 'keras', series: 'val_loss', atMost: 0.1, description: 'Low.' };
    expect(checkPassed(lowLoss, run({ curves: { val_loss: [{ value: 0.1 }] } }))).toBe(true);
    expect(checkPassed(lowLoss, run({ curves: { val_loss: [{ value: 0.2 }] } }))).toBe(false);
  });

  it('fails a curve check when the series is missing, empty or NaN', () => {
    const accuracy: LessonCheck = { kind: 'metric-final', pane: 'keras', series: 'val_accuracy', atLeast: 0.9, description: 'Val.' };
    expect(checkPassed(accuracy, run({ curves: { accuracy: [{ value: 1 }] } }))).toBe(false);
    expect(checkPassed(accuracy, run({ curves: { val_accuracy: [] } }))).toBe(false);
    expect(checkPassed(accuracy, run({ curves: { val_accuracy: [{ value: Number.NaN }] } }))).toBe(false);
  });

  it('fails every kind of check on a run that did not complete, whatever it printed first', () => {
    const printed = run({ completed: false, stdout: '[[20.0]]\n', curves: { accuracy: [{ value: 1 }] } });
    expect(checkPassed(kerasPrediction, printed)).toBe(false);
    expect(checkPassed({ kind: 'stdout-contains', pane: 'keras', text: '[[', description: 'Printed.' }, printed)).toBe(false);
    expect(checkPassed({ kind: 'metric-final', pane: 'keras', series: 'accuracy', atLeast: 1, description: 'A.' }, printed)).toBe(false);
  });
});

describe('lastNumber', () => {
  it('parses the capture group of the last match, exponents included', () => {
    expect(lastNumber('final loss ([0-9.e+-]+)', 'final loss 0.09583\nfinal loss 5.356e+06\n')).toBe(5356000);
    expect(lastNumber('final loss ([0-9.e+-]+)', 'final loss 1.2e-05\n')).toBe(0.000012);
  });

  it('returns null when the group holds no number', () => {
    expect(lastNumber('w = ([0-9.]+)', 'w = .\n')).toBeNull();
    expect(lastNumber('w = ([0-9.]*)', 'w = \n')).toBeNull();
  });
});
