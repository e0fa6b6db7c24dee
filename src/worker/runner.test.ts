import { describe, expect, it } from 'vitest';
import type { Figure, PyErrorInfo, RunEvent } from './protocol.ts';
import { runOne, type Execute, type RunRequest } from './runner.ts';

const request: RunRequest = { type: 'run', runId: 3, pane: 'pytorch', code: 'print(1)', options: { timeLimitMs: 5000 } };

const figure: Figure = {
  title: 'Loss', xlabel: 'Epochs', ylabel: 'Loss', legend: false, grid: false, xlim: null, ylim: null,
  lines: [{ x: [0, 1], y: [2, 1], label: null, color: null, linestyle: null, marker: null, kind: 'line' }],
};

const zeroDivision: PyErrorInfo = {
  type: 'ZeroDivisionError', message: 'division by zero', line: 2, col: 7, endLine: 2, endCol: 12, frames: [],
  traceback: 'Traceback (most recent call last):\n  File "pytorch.py", line 2, in <module>\nZeroDivisionError: division by zero',
};

async function run(execute: Execute, clock = () => 0): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  await runOne(request, (event) => events.push(event), execute, clock);
  return events;
}

describe('runOne', () => {
  it("runs the code as the pane's file, with the requested time limit", async () => {
    const calls: unknown[] = [];
    await run(async (code, _host, options) => {
      calls.push({ code, options });
      return { ok: true };
    });
    expect(calls).toEqual([{ code: 'print(1)', options: { filename: 'pytorch.py', timeLimitMs: 5000 } }]);
  });

  it('streams started, batched output, the figure in its place, and done', async () => {
    const events = await run(async (_code, host) => {
      host.stdout('training\n');
      host.metric([{ series: 'loss', step: 1, value: 4 }]);
      host.metric([{ series: 'loss', step: 2, value: 1 }]);
      host.figure(figure);
      host.stdout('tensor([[19.9]])\n');
      return { ok: true };
    });
    expect(events).toEqual([
      { type: 'started', runId: 3, backend: 'cpu' },
      { type: 'stdout', runId: 3, text: 'training\n' },
      { type: 'metric', runId: 3, points: [{ series: 'loss', step: 1, value: 4 }, { series: 'loss', step: 2, value: 1 }] },
      { type: 'figure', runId: 3, figure },
      { type: 'stdout', runId: 3, text: 'tensor([[19.9]])\n' },
      { type: 'done', runId: 3, ms: 0 },
    ]);
  });

  it("posts the program's exception after its output, then done", async () => {
    const events = await run(async (_code, host) => {
      host.stdout('about to fail\n');
      return { ok: false, error: zeroDivision };
    });
    expect(events.slice(1)).toEqual([
      { type: 'stdout', runId: 3, text: 'about to fail\n' },
      { type: 'error', runId: 3, error: zeroDivision },
      { type: 'done', runId: 3, ms: 0 },
    ]);
  });

  it('turns a bug in the interpreter into an InternalError event instead of a lost rejection', async () => {
    const events = await run(async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    const error = events.find((event) => event.type === 'error');
    expect(error?.type === 'error' && error.error.type).toBe('InternalError');
    expect(error?.type === 'error' && error.error.message).toContain('cannot read properties of undefined');
    expect(events.at(-1)).toEqual({ type: 'done', runId: 3, ms: 0 });
  });

  it('reports how long the run took', async () => {
    let now = 100;
    const events = await run(async () => {
      now = 1350;
      return { ok: true };
    }, () => now);
    expect(events.at(-1)).toEqual({ type: 'done', runId: 3, ms: 1250 });
  });
});

describe('runOne with the interpreter', () => {
  it('streams the PyTorch regression lesson: 200 loss points, its figure, then the prediction', async () => {
    const { runPython } = await import('../python/run.ts');
    const { default: code } = await import('../lessons/04-regression/pytorch.py?raw');
    const events: RunEvent[] = [];
    await runOne({ type: 'run', runId: 1, pane: 'pytorch', code }, (event) => events.push(event), runPython);

    expect(events.filter((event) => event.type === 'error')).toEqual([]);
    const losses = events.flatMap((event) => (event.type === 'metric' ? event.points : []));
    expect(losses.map((point) => point.series)).toEqual(Array(200).fill('loss'));
    expect(losses.map((point) => point.step)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(losses.at(-1)!.value).toBeLessThan(losses[0]!.value / 10);

    const figures = events.flatMap((event) => (event.type === 'figure' ? [event.figure] : []));
    expect(figures.map(({ title, xlabel, ylabel }) => ({ title, xlabel, ylabel }))).toEqual([
      { title: 'PyTorch Training Loss', xlabel: 'Epochs', ylabel: 'Loss' },
    ]);
    expect(figures[0]!.lines[0]!.y).toHaveLength(200);

    const printed = events.flatMap((event) => (event.type === 'stdout' ? [event.text] : [])).join('');
    expect(printed).toMatch(/^tensor\(\[\[(\d+\.\d+)\]\], grad_fn=<AddmmBackward0>\)\n$/);
    const prediction = Number(/\[\[(\d+\.\d+)/.exec(printed)![1]);
    expect(prediction).toBeGreaterThanOrEqual(18);
    expect(prediction).toBeLessThanOrEqual(21);

    expect(events[0]).toMatchObject({ type: 'started' });
    expect(events.at(-1)).toMatchObject({ type: 'done' });
  });
});
