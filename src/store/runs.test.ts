import { describe, expect, it } from 'vitest';
import type { Lesson } from '../lessons/lesson.ts';
import { WorkerClient } from '../worker/client.ts';
import { scriptedWorkers } from '../worker/scriptedWorker.ts';
import { createKeptWork, memoryStorage } from './keptWork.ts';
import { createPlayground } from './playground.ts';
import { createRunControls } from './runs.ts';

const lesson: Lesson = {
  id: '99-test',
  title: 'Test',
  keras: 'print("keras")',
  pytorch: 'print("torch")',
  tf: null,
  text: '# Test',
  meta: {
    title: 'Test',
    summary: 'A lesson for tests.',
    panes: ['keras', 'pytorch'],
    checks: [
      { kind: 'stdout-contains', pane: 'keras', text: 'keras', description: 'Keras prints its name' },
      { kind: 'stdout-contains', pane: 'pytorch', text: 'torch', description: 'PyTorch prints its name' },
    ],
    links: [],
  },
};

function setup() {
  const { spawn, workers } = scriptedWorkers();
  const playground = createPlayground(lesson);
  const kept = createKeptWork(memoryStorage());
  const controls = createRunControls(playground, kept, new WorkerClient(spawn, () => 0), { timeLimitMs: 5000 });
  return { playground, kept, controls, workers, pane: (name: 'keras' | 'pytorch') => playground.getState().panes[name] };
}

describe('run controls', () => {
  it('Run both sends each pane’s current code, the learner’s edit or the lesson’s, to its own worker', () => {
    const { kept, controls, workers, pane } = setup();
    kept.getState().setCode(lesson, 'keras', 'print(2)');
    controls.runAll();
    expect(workers.map((worker) => worker.requests[0])).toEqual([
      { type: 'run', runId: 1, pane: 'keras', code: 'print(2)', options: { timeLimitMs: 5000 } },
      { type: 'run', runId: 2, pane: 'pytorch', code: 'print("torch")', options: { timeLimitMs: 5000 } },
    ]);
    expect([pane('keras').status, pane('pytorch').status]).toEqual(['running', 'running']);
  });

  it('streams each worker’s events into its own pane', () => {
    const { controls, workers, pane } = setup();
    controls.runAll();
    workers[0]!.reply({ type: 'metric', runId: 1, points: [{ series: 'loss', step: 1, value: 3 }] });
    workers[1]!.reply({ type: 'stdout', runId: 2, text: 'tensor([[19.9]])\n' });
    workers[1]!.reply({ type: 'done', runId: 2, ms: 40 });
    expect(pane('keras').curves).toEqual({ loss: [{ step: 1, value: 3 }] });
    expect(pane('keras').status).toBe('running');
    expect(pane('pytorch').console).toEqual([{ kind: 'stdout', text: 'tensor([[19.9]])\n' }]);
    expect(pane('pytorch').status).toBe('done');
  });

  it('records progress when a run finishes: the lesson is done once both panes pass their checks', () => {
    const { kept, controls, workers } = setup();
    controls.runAll();
    workers[0]!.reply({ type: 'stdout', runId: 1, text: 'keras\n' });
    workers[0]!.reply({ type: 'done', runId: 1, ms: 1 });
    expect(kept.getState().progress['99-test']).toEqual({ checks: [true, false], done: false });
    workers[1]!.reply({ type: 'stdout', runId: 2, text: 'torch\n' });
    workers[1]!.reply({ type: 'done', runId: 2, ms: 1 });
    expect(kept.getState().progress['99-test']).toEqual({ checks: [true, true], done: true });
  });

  it('Stop ends the pane’s run, records no progress, and later events from its old worker change nothing', () => {
    const { kept, controls, workers, pane } = setup();
    controls.run('pytorch');
    controls.stop('pytorch');
    expect(pane('pytorch').status).toBe('stopped');
    workers[0]!.reply({ type: 'stdout', runId: 1, text: 'late\n' });
    workers[0]!.reply({ type: 'done', runId: 1, ms: 1 });
    expect(pane('pytorch').console).toEqual([{ kind: 'note', text: 'Stopped.\n' }]);
    expect(kept.getState().progress).toEqual({});
  });

  it('Stop all stops every running pane of the lesson', () => {
    const { controls, pane } = setup();
    controls.runAll();
    controls.stopAll();
    expect([pane('keras').status, pane('pytorch').status]).toEqual(['stopped', 'stopped']);
    expect(controls.isRunning('keras')).toBe(false);
  });

  it('running a pane again while it runs starts over cleanly', () => {
    const { controls, workers, pane } = setup();
    controls.run('keras');
    workers[0]!.reply({ type: 'stdout', runId: 1, text: 'first\n' });
    controls.run('keras');
    expect(pane('keras')).toMatchObject({ status: 'running', runId: 2, console: [] });
  });
});
