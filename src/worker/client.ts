import { internalError } from './internalError.ts';
import type { Pane, Request, RunEvent, RunOptions } from './protocol.ts';

export type RunListener = (event: RunEvent) => void;

/** A run in flight. Events arrive asynchronously, so subscribing right after `run()` misses nothing. */
export interface RunHandle {
  readonly runId: number;
  /** Delivers this run's events in order, ending with `done` or `stopped`. Returns an unsubscribe. */
  subscribe(listener: RunListener): () => void;
}

/** What the client needs of a Worker; tests give it a scripted one. */
export interface WorkerPort {
  onmessage: ((message: MessageEvent<RunEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: Request): void;
  terminate(): void;
}

export type SpawnWorker = () => WorkerPort;

export const spawnPythonWorker: SpawnWorker = () =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'tandem-python' });

/** How long past its time limit a run may go before the client stops it: the interpreter should end it first. */
export const WATCHDOG_GRACE_MS = 2_000;

interface ActiveRun {
  runId: number;
  startedAt: number;
  listeners: Set<RunListener>;
  watchdog: ReturnType<typeof setTimeout> | null;
}

/**
 * Owns one Worker per pane, so the Keras and PyTorch programs train at the same time. Stop terminates the
 * pane's worker and spawns a fresh one at once: terminate() is the only thing that ends `while True: pass`.
 * Every event is checked against the pane's current run, so nothing from a stopped run leaks into the next.
 */
export class WorkerClient {
  private readonly workers = new Map<Pane, WorkerPort>();
  private readonly active = new Map<Pane, ActiveRun>();
  private nextRunId = 1;

  constructor(
    private readonly spawn: SpawnWorker = spawnPythonWorker,
    private readonly now: () => number = () => performance.now(),
  ) {}

  run(pane: Pane, code: string, options?: RunOptions): RunHandle {
    if (this.active.has(pane)) this.stop(pane);
    const run: ActiveRun = { runId: this.nextRunId++, startedAt: this.now(), listeners: new Set(), watchdog: null };
    this.active.set(pane, run);
    this.worker(pane).postMessage({ type: 'run', runId: run.runId, pane, code, options });

    const limit = options?.timeLimitMs;
    if (limit !== undefined) {
      run.watchdog = setTimeout(() => this.overran(pane, run, limit), limit + WATCHDOG_GRACE_MS);
    }
    return {
      runId: run.runId,
      subscribe(listener) {
        run.listeners.add(listener);
        return () => run.listeners.delete(listener);
      },
    };
  }

  /** Ends the pane's run, whatever it is doing, and emits `stopped`. A pane with no run is left alone. */
  stop(pane: Pane): void {
    const run = this.active.get(pane);
    if (run === undefined) return;
    this.respawn(pane);
    this.finish(pane, run, { type: 'stopped', runId: run.runId });
  }

  isRunning(pane: Pane): boolean {
    return this.active.has(pane);
  }

  /** Stops every run and terminates every worker, spawning none. */
  dispose(): void {
    for (const [pane, run] of [...this.active]) this.finish(pane, run, { type: 'stopped', runId: run.runId });
    for (const pane of [...this.workers.keys()]) this.discard(pane);
  }

  private worker(pane: Pane): WorkerPort {
    const existing = this.workers.get(pane);
    if (existing !== undefined) return existing;
    const worker = this.spawn();
    worker.onmessage = (message) => this.received(pane, message.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A module worker whose imports fail to load fires a bare Event, with no message.
      this.crashed(pane, event.message ? `the Python worker crashed: ${event.message}` : 'the Python worker failed to start');
    };
    this.workers.set(pane, worker);
    return worker;
  }

  /** Terminates the pane's worker and spawns a fresh one at once, so the next run starts without waiting. */
  private respawn(pane: Pane): void {
    this.discard(pane);
    this.worker(pane);
  }

  private discard(pane: Pane): void {
    const old = this.workers.get(pane);
    if (old === undefined) return;
    old.onmessage = null;
    old.onerror = null;
    old.terminate();
    this.workers.delete(pane);
  }

  private received(pane: Pane, event: RunEvent): void {
    const run = this.active.get(pane);
    if (run === undefined || run.runId !== event.runId) return;
    if (event.type === 'done' || event.type === 'stopped') this.finish(pane, run, event);
    else emit(run, event);
  }

  /** A crash (a failed module load, an exception outside any run's try) must not leave the pane spinning. */
  private crashed(pane: Pane, message: string): void {
    const run = this.active.get(pane);
    // Not respawned here: a worker that cannot start would crash again at once, forever. The next run spawns.
    this.discard(pane);
    if (run === undefined) return;
    emit(run, { type: 'error', runId: run.runId, error: internalError(message) });
    this.finish(pane, run, { type: 'done', runId: run.runId, ms: this.now() - run.startedAt });
  }

  private overran(pane: Pane, run: ActiveRun, limitMs: number): void {
    if (this.active.get(pane) !== run) return;
    this.respawn(pane);
    const seconds = limitMs / 1000;
    emit(run, {
      type: 'error',
      runId: run.runId,
      error: internalError(`the program ran longer than its ${seconds} s limit and was stopped`, 'TimeoutError'),
    });
    this.finish(pane, run, { type: 'stopped', runId: run.runId });
  }

  private finish(pane: Pane, run: ActiveRun, last: RunEvent): void {
    if (run.watchdog !== null) clearTimeout(run.watchdog);
    this.active.delete(pane);
    emit(run, last);
    run.listeners.clear();
  }
}

function emit(run: ActiveRun, event: RunEvent): void {
  for (const listener of run.listeners) listener(event);
}
