import { describe, expect, it } from 'vitest';
import type { Lesson } from '../lessons/lesson.ts';
import { WorkerClient } from '../worker/client.ts';
import { scriptedWorkers } from '../worker/scriptedWorker.ts';
import { createPlayground } from './playground.ts';
import { createRunControls } from './runs.ts';

const lesson: Lesson = { id: '99-test', title: 'Test', keras: 'print("keras")', pytorch: 'print("torch")' };

function setup() {
  const { spawn, workers } = scriptedWorkers();
  const playground = createPlayground(lesson);
  const controls = createRunControls(playground, new WorkerClient(spawn, () => 0), { timeLimitMs: 5000 });
  return { playground, controls, workers, pane: (name: 'keras' | 'pytorch') => playground.getState().panes[name] };
}

describe('run controls', () => {
  it('opens the lesson’s programs in their panes', () => {
    const { pane } = setup();
    expect(pane('keras').code).toBe('print("keras")');
    expect(pane('pytorch').code).toBe('print("torch")');
  });

  it('Run both sends each pane’s current code to its own worker', () => {
    const { playground, controls, workers, pane } = setup();
    playground.getState().setCode('keras', 'print(2)');
    controls.runBoth();
    expect(workers.map((worker) => worker.requests[0])).toEqual([
      { type: 'run', runId: 1, pane: 'keras', code: 'print(2)', options: { timeLimitMs: 5000 } },
      { type: 'run', runId: 2, pane: 'pytorch', code: 'print("torch")', options: { timeLimitMs: 5000 } },
    ]);
    expect([pane('keras').status, pane('pytorch').status]).toEqual(['running', 'running']);
  });

  it('streams each worker’s events into its own pane', () => {
    const { controls, workers, pane } = setup();
    controls.runBoth();
    workers[0]!.reply({ type: 'metric', runId: 1, points: [{ series: 'loss', step: 1, value: 3 }] });
    workers[1]!.reply({ type: 'stdout', runId: 2, text: 'tensor([[19.9]])\n' });
    workers[1]!.reply({ type: 'done', runId: 2, ms: 40 });
    expect(pane('keras').curves).toEqual({ loss: [{ step: 1, value: 3 }] });
    expect(pane('keras').status).toBe('running');
    expect(pane('pytorch').console).toEqual([{ kind: 'stdout', text: 'tensor([[19.9]])\n' }]);
    expect(pane('pytorch').status).toBe('done');
  });

  it('Stop ends the pane’s run and later events from its old worker change nothing', () => {
    const { controls, workers, pane } = setup();
    controls.run('pytorch');
    controls.stop('pytorch');
    expect(pane('pytorch').status).toBe('stopped');
    workers[0]!.reply({ type: 'stdout', runId: 1, text: 'late\n' });
    expect(pane('pytorch').console).toEqual([{ kind: 'note', text: 'Stopped.\n' }]);
  });

  it('running a pane again while it runs starts over cleanly', () => {
    const { controls, workers, pane } = setup();
    controls.run('keras');
    workers[0]!.reply({ type: 'stdout', runId: 1, text: 'first\n' });
    controls.run('keras');
    expect(pane('keras')).toMatchObject({ status: 'running', runId: 2, console: [] });
  });
});
