import { internalError } from './internalError.ts';
import type { FitTraceResult, WorkerEvent, WorkerRequest } from './lookInside.ts';
import type { Pane, RunEvent, RunOptions } from './protocol.ts';

export type RunListener = (event: RunEvent) => void;

/** A run in flight. Events arrive asynchronously, so subscribing right after `run()` misses nothing. */
export interface RunHandle {
  readonly runId: number;
  /** Delivers this run's events in order, ending with `done` or `stopped`. Returns an unsubscribe. */
  subscribe(listener: RunListener): () => void;
}

/** What the client needs of a Worker; tests give it a scripted one. */
export interface WorkerPort {
  onmessage: ((message: MessageEvent<WorkerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: WorkerRequest): void;
  terminate(): void;
}

/** A "Look inside fit()" trace in flight; cancel() ends it (its result is then never delivered). */
export interface TraceHandle {
  readonly result: Promise<FitTraceResult>;
  cancel(): void;
}

/** How many of fit's steps a trace records. */
export const TRACE_STEPS = 3;

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
 * How long a run must have been going before the client starts a spare worker. A worker takes seconds to become
 * ready where the GPU is emulated (it loads the interpreter and opens a WebGPU device), so the one that replaces
 * a stopped worker is started ahead, while the run is going; runs shorter than this never get a spare.
 */
export const SPARE_DELAY_MS = 500;

/**
 * Owns one Worker per pane, so the Keras and PyTorch programs train at the same time. Stop terminates the
 * pane's worker and hands the pane a spare started earlier: terminate() is the only thing that ends
 * `while True: pass`, and the spare lets the next run start at once. Every event is checked against the pane's
 * current run, so nothing from a stopped run leaks into the next.
 */
export class WorkerClient {
  private readonly workers = new Map<Pane, WorkerPort>();
  private readonly active = new Map<Pane, ActiveRun>();
  private nextRunId = 1;
  private spare: WorkerPort | null = null;
  private spareTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly spawn: SpawnWorker = spawnPythonWorker,
    private readonly now: () => number = () => performance.now(),
  ) {}

  run(pane: Pane, code: string, options?: RunOptions): RunHandle {
    if (this.active.has(pane)) this.stop(pane);
    const run: ActiveRun = { runId: this.nextRunId++, startedAt: this.now(), listeners: new Set(), watchdog: null };
    this.active.set(pane, run);
    this.worker(pane).postMessage({ type: 'run', runId: run.runId, pane, code, options });
    this.prepareSpare();

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

  /**
   * Starts the panes' workers ahead of their first run, so loading the interpreter (hundreds of kilobytes of
   * JavaScript to parse) is not part of the time between Run and the first output.
   */
  warm(panes: readonly Pane[]): void {
    for (const pane of panes) this.worker(pane);
  }

  /**
   * Traces the first steps of the program's first fit() in a worker of its own, so looking inside never stops
   * or slows a pane's run. The worker is discarded afterwards: the trace leaves a half-trained model behind.
   */
  lookInsideFit(code: string, options: { steps?: number; timeLimitMs?: number } = {}): TraceHandle {
    const worker = this.spawn();
    const runId = this.nextRunId++;
    let settle: (result: FitTraceResult) => void = () => {};
    const result = new Promise<FitTraceResult>((resolve) => (settle = resolve));
    let watchdog: ReturnType<typeof setTimeout> | null = null;
    const end = (outcome: FitTraceResult | null) => {
      if (watchdog !== null) clearTimeout(watchdog);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      if (outcome !== null) settle(outcome);
    };
    worker.onmessage = (message) => {
      const event = message.data;
      if (event.type === 'fit-trace' && event.runId === runId) end(event.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end({ kind: 'error', error: internalError(event.message ? `the Python worker crashed: ${event.message}` : 'the Python worker failed to start') });
    };
    const limit = options.timeLimitMs;
    if (limit !== undefined) {
      watchdog = setTimeout(
        () => end({ kind: 'error', error: internalError(`the program ran longer than its ${limit / 1000} s limit and was stopped`, 'TimeoutError') }),
        limit + WATCHDOG_GRACE_MS,
      );
    }
    worker.postMessage({ type: 'look-inside-fit', runId, code, steps: options.steps ?? TRACE_STEPS, timeLimitMs: limit });
    return { result, cancel: () => end(null) };
  }

  /** Stops every run and terminates every worker, spawning none. */
  dispose(): void {
    for (const [pane, run] of [...this.active]) this.finish(pane, run, { type: 'stopped', runId: run.runId });
    for (const pane of [...this.workers.keys()]) this.discard(pane);
    if (this.spareTimer !== null) clearTimeout(this.spareTimer);
    this.spare?.terminate();
    this.spare = null;
  }

  /** Starts a spare if a run is still going once SPARE_DELAY_MS have passed: quick runs are never stopped. */
  private prepareSpare(): void {
    if (this.spare !== null || this.spareTimer !== null) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = null;
      if (this.active.size > 0) this.spare ??= this.spawn();
    }, SPARE_DELAY_MS);
  }

  private worker(pane: Pane): WorkerPort {
    const existing = this.workers.get(pane);
    if (existing !== undefined) return existing;
    return this.attach(pane, this.spawn());
  }

  private attach(pane: Pane, worker: WorkerPort): WorkerPort {
    worker.onmessage = (message) => this.received(pane, message.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A module worker whose imports fail to load fires a bare Event, with no message.
      this.crashed(pane, event.message ? `the Python worker crashed: ${event.message}` : 'the Python worker failed to start');
    };
    this.workers.set(pane, worker);
    return worker;
  }

  /** Terminates the pane's worker and gives the pane the spare (or a fresh one), so the next run need not wait. */
  private respawn(pane: Pane): void {
    this.discard(pane);
    const spare = this.spare;
    this.spare = null;
    if (spare !== null) this.attach(pane, spare);
    else this.worker(pane);
  }

  private discard(pane: Pane): void {
    const old = this.workers.get(pane);
    if (old === undefined) return;
    old.onmessage = null;
    old.onerror = null;
    old.terminate();
    this.workers.delete(pane);
  }

  private received(pane: Pane, event: WorkerEvent): void {
    const run = this.active.get(pane);
    if (run === undefined || run.runId !== event.runId || event.type === 'fit-trace') return;
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
