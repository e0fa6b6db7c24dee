import { describe, expect, it } from 'vitest';
import type { PyErrorInfo } from '../worker/protocol.ts';
import { applyRunEvent, idlePane, runOutcome, startRun, type PaneState } from './paneState.ts';

const nameError: PyErrorInfo = {
  type: 'NameError', message: "name 'modle' is not defined", line: 3, col: 1, endLine: 3, endCol: 6, frames: [],
  traceback: "Traceback (most recent call last):\n  File \"keras.py\", line 3, in <module>\nNameError: name 'modle' is not defined",
};

function running(runId = 1): PaneState {
  return startRun(runId);
}

describe('pane state', () => {
  it('a new run starts from a clean pane', () => {
    expect(startRun(2)).toEqual({ ...idlePane(), status: 'running', runId: 2 });
  });

  it('grows each metric series in step order', () => {
    let pane = applyRunEvent(running(), { type: 'metric', runId: 1, points: [{ series: 'loss', step: 1, value: 9 }, { series: 'accuracy', step: 1, value: 0.5 }] });
    pane = applyRunEvent(pane, { type: 'metric', runId: 1, points: [{ series: 'loss', step: 2, value: 4 }] });
    expect(pane.curves).toEqual({
      loss: [{ step: 1, value: 9 }, { step: 2, value: 4 }],
      accuracy: [{ step: 1, value: 0.5 }],
    });
  });

  it('never mutates a curve it has already handed out (the chart may hold it)', () => {
    const first = applyRunEvent(running(), { type: 'metric', runId: 1, points: [{ series: 'loss', step: 1, value: 9 }] });
    const held = first.curves.loss!;
    applyRunEvent(first, { type: 'metric', runId: 1, points: [{ series: 'loss', step: 2, value: 4 }] });
    expect(held).toEqual([{ step: 1, value: 9 }]);
  });

  it('prints the traceback in the console and keeps the error for the editor marker', () => {
    let pane = applyRunEvent(running(), { type: 'error', runId: 1, error: nameError });
    pane = applyRunEvent(pane, { type: 'done', runId: 1, ms: 12 });
    expect(pane.status).toBe('error');
    expect(pane.error).toBe(nameError);
    expect(pane.ms).toBe(12);
    expect(pane.console).toEqual([{ kind: 'error', text: `${nameError.traceback}\n` }]);
  });

  it('a run that ends cleanly is done, with its duration', () => {
    const pane = applyRunEvent(running(), { type: 'done', runId: 1, ms: 1234 });
    expect(pane.status).toBe('done');
    expect(pane.ms).toBe(1234);
  });

  it('a stopped run says so in the console', () => {
    const pane = applyRunEvent(applyRunEvent(running(), { type: 'stdout', runId: 1, text: '1\n' }), { type: 'stopped', runId: 1 });
    expect(pane.status).toBe('stopped');
    expect(pane.console).toEqual([{ kind: 'stdout', text: '1\n' }, { kind: 'note', text: 'Stopped.\n' }]);
  });

  it('keeps plt.show() figures in the order they were shown', () => {
    const figure = { title: 'a', xlabel: null, ylabel: null, lines: [], legend: false, grid: false, xlim: null, ylim: null };
    let pane = applyRunEvent(running(), { type: 'figure', runId: 1, figure });
    pane = applyRunEvent(pane, { type: 'figure', runId: 1, figure: { ...figure, title: 'b' } });
    expect(pane.figures.map((f) => f.title)).toEqual(['a', 'b']);
  });

  it('ignores events from any other run', () => {
    const pane = running(2);
    expect(applyRunEvent(pane, { type: 'stdout', runId: 1, text: 'stale\n' })).toBe(pane);
    expect(applyRunEvent(pane, { type: 'done', runId: 1, ms: 1 })).toBe(pane);
  });

  it('hands the checks what the run printed and plotted, and whether it reached its end', () => {
    let pane = applyRunEvent(running(), { type: 'stdout', runId: 1, text: '[[19.5]]\n' });
    pane = applyRunEvent(pane, { type: 'metric', runId: 1, points: [{ series: 'loss', step: 1, value: 0.5 }] });
    expect(runOutcome(pane)).toEqual({ completed: false, stdout: '[[19.5]]\n', curves: { loss: [{ step: 1, value: 0.5 }] } });
    expect(runOutcome(applyRunEvent(pane, { type: 'done', runId: 1, ms: 5 })).completed).toBe(true);
  });

  it('counts neither a run that raised nor one that was stopped as completed, and leaves notes out of stdout', () => {
    const failed = applyRunEvent(applyRunEvent(running(), { type: 'error', runId: 1, error: nameError }), { type: 'done', runId: 1, ms: 1 });
    expect(runOutcome(failed)).toMatchObject({ completed: false, stdout: '' });
    const stopped = applyRunEvent(running(), { type: 'stopped', runId: 1 });
    expect(runOutcome(stopped)).toMatchObject({ completed: false, stdout: '' });
  });
});
