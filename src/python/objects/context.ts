// What native code (builtins, the torch/numpy/matplotlib modules) receives from the running interpreter.
// Every operation that may run Python code takes the Context first, the way CPython passes its thread state.

import type { Figure, MetricPoint } from '../../worker/protocol.ts';
import type { Pos } from '../ast.ts';
import type { PyFunction } from './function.ts';
import type { PyModule } from './module.ts';
import type { PyObject } from './object.ts';

/** Keyword arguments of a call, in the order written. */
export type Kwargs = ReadonlyMap<string, PyObject>;

export const noKwargs: Kwargs = new Map();

/** Where a run's output goes: the worker streams it to the UI, the CLI writes it to the terminal. */
export interface RunHost {
  /** What print() writes (one call per print is fine). */
  stdout(text: string): void;
  metric(points: MetricPoint[]): void;
  figure(figure: Figure): void;
  /** A Python warning as CPython prints it to stderr (`file:line: UserWarning: message\n`); optional. */
  warning?(text: string): void;
}

/** One Python function activation, as tracebacks show it. */
export interface Frame {
  readonly filename: string;
  /** The function's name, or '<module>'. */
  readonly name: string;
  /** The node being executed: updated per statement and per call, so errors point at the right place. */
  pos: Pos;
  /** The running function, or null at module level. */
  readonly fn: PyFunction | null;
  /** The frame's local variables (the module's globals at module level). */
  readonly locals: Map<string, PyObject>;
  /**
   * The engine's allocation mark when the frame was entered: a collection at a loop iteration in this frame
   * may release only memory allocated after it (older values may be held by unfinished expressions in the
   * frames below; interpreter/lifetime.ts).
   */
  readonly entryMark: number;
}

export interface Context {
  readonly host: RunHost;
  /** The name tracebacks give the learner's file ('pytorch.py', or the CLI's absolute path). */
  readonly filename: string;
  /** Runs a function defined in Python; natives call `callObject` instead, which lands here. */
  callFunction(fn: PyFunction, args: PyObject[], kwargs: Kwargs): Promise<PyObject>;
  /** `import name` (dotted), through the module registry; cached per run. */
  importModule(name: string): Promise<PyModule>;
  /** The innermost running Python frame (natives run in their caller's frame). */
  currentFrame(): Frame | null;
  /**
   * State that lives as long as this run, keyed by something the owner holds (e.g. a module's RNG):
   * `ctx.local(rngKey, () => new Generator(0))`.
   */
  local<T>(key: object, create: () => T): T;
  /**
   * Registers a hook run after every module-level statement and every loop iteration: the point where the
   * runtime may release tensors no live value can reach (DESIGN.md, tensor lifetime).
   */
  onStatementEnd(hook: () => void | Promise<void>): void;
  /**
   * Registers a hook awaited once the program has finished (normally or with an error), before the run
   * reports its end: e.g. metric points whose readback is still in flight.
   */
  onRunEnd(hook: () => void | Promise<void>): void;
}
