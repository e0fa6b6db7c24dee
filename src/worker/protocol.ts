// The typed messages that cross the Web Worker boundary (DESIGN.md: "Events, not return values").
// The UI sends requests; a run streams events back. Every event names its run, so a stale event from a run
// the UI has already stopped or replaced can be dropped.

/** Which editor a run belongs to. The file name in tracebacks follows it (keras.py, pytorch.py, tf.py). */
export type Pane = 'keras' | 'pytorch' | 'tf';

export type Request =
  | { type: 'run'; runId: number; pane: Pane; code: string; options?: RunOptions }
  | { type: 'stop'; runId: number };

export interface RunOptions {
  /** Wall-clock limit for the whole run, in ms; the program ends with a TimeoutError past it. */
  timeLimitMs?: number;
  /** Which backend the engine should prefer; 'auto' places work by size. */
  backend?: 'auto' | 'cpu' | 'webgpu';
}

/** One point of a training curve. Keras' fit emits one per epoch; PyTorch code one per loss.backward(). */
export interface MetricPoint {
  /** The series this point belongs to, e.g. 'loss', 'accuracy', 'val_loss'. */
  series: string;
  /** Epoch number (Keras) or backward-call count (PyTorch), from 1. */
  step: number;
  value: number;
}

/** A matplotlib figure, described as data; the UI draws it with Chart.js. */
export interface Figure {
  title: string | null;
  xlabel: string | null;
  ylabel: string | null;
  lines: FigureLine[];
  legend: boolean;
  grid: boolean;
  xlim: [number, number] | null;
  ylim: [number, number] | null;
}

export interface FigureLine {
  x: number[];
  y: number[];
  label: string | null;
  color: string | null;
  linestyle: string | null;
  marker: string | null;
  /** 'line' for plt.plot, 'scatter' for plt.scatter. */
  kind: 'line' | 'scatter';
}

export interface TracebackFrame {
  filename: string;
  line: number;
  /** The function's name, or '<module>' for top-level code. */
  name: string;
  /** The source line, stripped, when it is known. */
  text: string | null;
}

/** A Python exception that ended the run. `line`/`col` point at the deepest frame in the user's file. */
export interface PyErrorInfo {
  type: string;
  message: string;
  line: number | null;
  col: number | null;
  endLine: number | null;
  endCol: number | null;
  frames: TracebackFrame[];
  /** The whole traceback as Python prints it to stderr. */
  traceback: string;
}

export type RunEvent =
  | { type: 'started'; runId: number; backend: string }
  | { type: 'stdout'; runId: number; text: string }
  | { type: 'metric'; runId: number; points: MetricPoint[] }
  | { type: 'figure'; runId: number; figure: Figure }
  | { type: 'error'; runId: number; error: PyErrorInfo }
  | { type: 'done'; runId: number; ms: number }
  | { type: 'stopped'; runId: number };
