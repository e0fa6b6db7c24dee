import type { RunOutcome } from '../lessons/checks.ts';
import type { Figure, MetricPoint, PyErrorInfo, RunEvent } from '../worker/protocol.ts';
import { appendConsole, type ConsoleEntry } from './consoleLog.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** One point of a training curve, as the chart plots it. */
export interface CurvePoint {
  step: number;
  value: number;
}

/** What one editor pane shows of its latest run: status and output. Its code is kept work (keptWork.ts). */
export interface PaneState {
  status: RunStatus;
  /** The run this pane is showing; events from any other run are stale and dropped. */
  runId: number | null;
  backend: string | null;
  /** How long the finished run took, from the worker's clock. */
  ms: number | null;
  console: ConsoleEntry[];
  /** Metric series by name ('loss', 'accuracy', …), each in step order. */
  curves: Record<string, CurvePoint[]>;
  figures: Figure[];
  error: PyErrorInfo | null;
}

export function idlePane(): PaneState {
  return { status: 'idle', runId: null, backend: null, ms: null, console: [], curves: {}, figures: [], error: null };
}

/** A new run clears the previous run's output. */
export function startRun(runId: number): PaneState {
  return { ...idlePane(), status: 'running', runId };
}

/** What a finished run left behind, in the terms a lesson's checks read (lessons/checks.ts). */
export function runOutcome(pane: PaneState): RunOutcome {
  return {
    completed: pane.status === 'done',
    stdout: pane.console.filter((entry) => entry.kind === 'stdout').map((entry) => entry.text).join(''),
    curves: pane.curves,
  };
}

export function applyRunEvent(pane: PaneState, event: RunEvent): PaneState {
  if (event.runId !== pane.runId) return pane;
  switch (event.type) {
    case 'started':
      return { ...pane, backend: event.backend };
    case 'stdout':
      return { ...pane, console: appendConsole(pane.console, 'stdout', event.text) };
    case 'metric':
      return { ...pane, curves: extendCurves(pane.curves, event.points) };
    case 'figure':
      return { ...pane, figures: [...pane.figures, event.figure] };
    case 'error':
      return {
        ...pane,
        status: 'error',
        error: event.error,
        console: appendConsole(pane.console, 'error', withNewline(event.error.traceback)),
      };
    case 'done':
      return { ...pane, status: pane.status === 'error' ? 'error' : 'done', ms: event.ms };
    case 'stopped':
      return {
        ...pane,
        status: pane.status === 'error' ? 'error' : 'stopped',
        console: appendConsole(pane.console, 'note', 'Stopped.\n'),
      };
  }
}

function extendCurves(curves: Record<string, CurvePoint[]>, points: readonly MetricPoint[]): Record<string, CurvePoint[]> {
  const next = { ...curves };
  for (const { series, step, value } of points) {
    // Copy each touched series once per batch, so a curve the chart already holds is never mutated under it.
    if (next[series] === curves[series]) next[series] = [...(curves[series] ?? [])];
    next[series]!.push({ step, value });
  }
  return next;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
