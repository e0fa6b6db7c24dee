import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPARE_DELAY_MS, WATCHDOG_GRACE_MS, WorkerClient } from './client.ts';
import type { RunEvent } from './protocol.ts';
import { scriptedWorkers } from './scriptedWorker.ts';

function setup() {
  const { spawn, workers } = scriptedWorkers();
  const client = new WorkerClient(spawn, () => 0);
  const record = (handle: { subscribe(listener: (event: RunEvent) => void): () => void }) => {
    const events: RunEvent[] = [];
    handle.subscribe((event) => events.push(event));
    return events;
  };
  return { client, workers, record };
}

afterEach(() => vi.useRealTimers());

describe('WorkerClient', () => {
  it('sends a run to its pane worker and delivers that run’s events', () => {
    const { client, workers, record } = setup();
    const handle = client.run('keras', 'print(1)', { timeLimitMs: 1000 });
    const events = record(handle);
    expect(workers[0]!.requests).toEqual([{ type: 'run', runId: handle.runId, pane: 'keras', code: 'print(1)', options: { timeLimitMs: 1000 } }]);

    workers[0]!.reply({ type: 'stdout', runId: handle.runId, text: '1\n' });
    workers[0]!.reply({ type: 'done', runId: handle.runId, ms: 3 });
    expect(events).toEqual([
      { type: 'stdout', runId: handle.runId, text: '1\n' },
      { type: 'done', runId: handle.runId, ms: 3 },
    ]);
    expect(client.isRunning('keras')).toBe(false);
  });

  it('gives each pane its own worker, so both programs train at once', () => {
    const { client, workers } = setup();
    const keras = client.run('keras', 'a');
    const pytorch = client.run('pytorch', 'b');
    expect(workers).toHaveLength(2);
    expect(workers.map((worker) => worker.requests[0]!.runId)).toEqual([keras.runId, pytorch.runId]);
    expect(client.isRunning('keras') && client.isRunning('pytorch')).toBe(true);
  });

  it('reuses a pane’s worker for its next run', () => {
    const { client, workers } = setup();
    const first = client.run('keras', 'a');
    workers[0]!.reply({ type: 'done', runId: first.runId, ms: 1 });
    client.run('keras', 'b');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toHaveLength(2);
  });

  it('stop terminates the worker, spawns a fresh one at once and emits stopped', () => {
    const { client, workers, record } = setup();
    const handle = client.run('pytorch', 'while True: pass');
    const events = record(handle);
    client.stop('pytorch');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
    expect(events).toEqual([{ type: 'stopped', runId: handle.runId }]);
    expect(client.isRunning('pytorch')).toBe(false);
  });

  it('drops events from a run it has already stopped', () => {
    const { client, workers, record } = setup();
    const old = client.run('keras', 'a');
    const oldEvents = record(old);
    const next = client.run('keras', 'b');
    const nextEvents = record(next);
    expect(oldEvents).toEqual([{ type: 'stopped', runId: old.runId }]);

    workers[1]!.reply({ type: 'stdout', runId: old.runId, text: 'stale\n' });
    workers[1]!.reply({ type: 'stdout', runId: next.runId, text: 'fresh\n' });
    expect(nextEvents).toEqual([{ type: 'stdout', runId: next.runId, text: 'fresh\n' }]);
  });

  it('surfaces a worker crash as an error event and ends the run', () => {
    const { client, workers, record } = setup();
    const handle = client.run('keras', 'a');
    const events = record(handle);
    workers[0]!.crash('out of memory');
    expect(events).toEqual([
      { type: 'error', runId: handle.runId, error: expect.objectContaining({ type: 'InternalError', message: 'the Python worker crashed: out of memory' }) },
      { type: 'done', runId: handle.runId, ms: 0 },
    ]);
    expect(workers[0]!.terminated).toBe(true);
    client.run('keras', 'b');
    expect(workers).toHaveLength(2);
  });

  it('says the worker failed to start when its error carries no message', () => {
    const { client, workers, record } = setup();
    const events = record(client.run('keras', 'a'));
    workers[0]!.crash('');
    expect(events[0]).toMatchObject({ type: 'error', error: { message: 'the Python worker failed to start' } });
  });

  it('stops a run that outlives its time limit when the interpreter did not end it', () => {
    vi.useFakeTimers();
    const { client, workers, record } = setup();
    const handle = client.run('keras', 'while True: pass', { timeLimitMs: 1000 });
    const events = record(handle);
    vi.advanceTimersByTime(1000 + WATCHDOG_GRACE_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([
      { type: 'error', runId: handle.runId, error: expect.objectContaining({ type: 'TimeoutError' }) },
      { type: 'stopped', runId: handle.runId },
    ]);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('leaves a run that finished in time alone', () => {
    vi.useFakeTimers();
    const { client, workers, record } = setup();
    const handle = client.run('keras', 'pass', { timeLimitMs: 1000 });
    const events = record(handle);
    workers[0]!.reply({ type: 'done', runId: handle.runId, ms: 5 });
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([{ type: 'done', runId: handle.runId, ms: 5 }]);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('stopping an idle pane does nothing', () => {
    const { client, workers } = setup();
    client.stop('keras');
    expect(workers).toHaveLength(0);
  });

  it('warm() starts the panes’ workers before their first run, and the run reuses them', () => {
    const { client, workers } = setup();
    client.warm(['keras', 'pytorch']);
    expect(workers).toHaveLength(2);
    expect(workers.every((worker) => worker.requests.length === 0)).toBe(true);
    client.run('pytorch', 'print(1)');
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests[0]).toMatchObject({ type: 'run', pane: 'pytorch' });
  });

  it('traces fit() in a worker of its own, then discards it', async () => {
    const { client, workers } = setup();
    client.run('keras', 'while True: pass');
    const trace = client.lookInsideFit('model.fit(x, y)', { steps: 2 });
    expect(workers).toHaveLength(2);
    const request = workers[1]!.requests[0]!;
    expect(request).toMatchObject({ type: 'look-inside-fit', code: 'model.fit(x, y)', steps: 2 });
    workers[1]!.reply({ type: 'fit-trace', runId: request.runId, result: { kind: 'no-fit' } });
    expect(await trace.result).toEqual({ kind: 'no-fit' });
    expect(workers[1]!.terminated).toBe(true);
    expect(client.isRunning('keras')).toBe(true);
  });

  it('reports a trace worker that crashes as an error rather than leaving the trace pending', async () => {
    const { client, workers } = setup();
    const trace = client.lookInsideFit('x');
    workers[0]!.crash('out of memory');
    const result = await trace.result;
    expect(result.kind === 'error' && result.error.message).toBe('the Python worker crashed: out of memory');
  });

  it('stops a trace that runs past its time limit', async () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const trace = client.lookInsideFit('while True: pass', { timeLimitMs: 1000 });
    vi.advanceTimersByTime(1000 + WATCHDOG_GRACE_MS);
    const result = await trace.result;
    expect(result.kind === 'error' && result.error.type).toBe('TimeoutError');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('Stop hands the pane a spare worker started while the run went on, so the next run does not wait for one', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    client.run('keras', 'while True: pass');
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(SPARE_DELAY_MS);
    expect(workers).toHaveLength(2);

    client.stop('keras');
    expect(workers[0]!.terminated).toBe(true);
    const next = client.run('keras', 'print(42)');
    expect(workers[1]!.requests).toEqual([{ type: 'run', runId: next.runId, pane: 'keras', code: 'print(42)', options: undefined }]);

    // The spare now serves the pane; another is started for the next Stop, and dispose ends them all.
    vi.advanceTimersByTime(SPARE_DELAY_MS);
    expect(workers).toHaveLength(3);
    workers[1]!.reply({ type: 'done', runId: next.runId, ms: 1 });
    client.dispose();
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('starts no spare for a run that ends quickly', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const handle = client.run('pytorch', 'print(1)');
    workers[0]!.reply({ type: 'done', runId: handle.runId, ms: 1 });
    vi.advanceTimersByTime(SPARE_DELAY_MS);
    expect(workers).toHaveLength(1);
  });
});
