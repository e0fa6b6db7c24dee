// One run of a Python program: its frames, modules, limits and host. Implements the Context that native code
// receives. The evaluator proper lives in statements.ts and expressions.ts.

import type { Module, Pos } from '../ast.ts';
import { None } from '../objects/constants.ts';
import type { Context, Frame, Kwargs, RunHost } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import type { PyFunction } from '../objects/function.ts';
import type { ModuleRegistry } from '../objects/module.ts';
import { PyModule } from '../objects/module.ts';
import type { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { bindFunctionArguments } from './functions.ts';
import { importModule } from './imports.ts';
import { functionScopeInfo, moduleScopeInfo, Scope } from './scope.ts';
import { execBlock, ReturnValue } from './statements.ts';
import { evalExpr } from './expressions.ts';
import { atStatement } from './exceptions.ts';
import type { PyBaseException } from '../objects/exception.ts';
import { allocationMark } from '../../engine/index.ts';
import { TensorLifetime } from './lifetime.ts';

/** CPython's default sys.getrecursionlimit(). */
export const RECURSION_LIMIT = 1000;
/** Statements between checks of the clock. */
const CHECK_EVERY = 1000;
/** How long the evaluator may hold the thread before letting the event loop run (ms). */
const YIELD_AFTER_MS = 20;
/** Every this many nested calls, let the JS stack unwind (an awaited tick resumes on a fresh stack). */
const STACK_RESET_DEPTH = 40;

export interface InterpreterOptions {
  host: RunHost;
  filename: string;
  /** The learner's source, for tracebacks that quote lines. */
  source: string;
  builtins: Map<string, PyObject>;
  registry: ModuleRegistry;
  timeLimitMs?: number;
  stepLimit?: number;
  releaseEagerly?: boolean;
}

export class Interpreter implements Context {
  readonly host: RunHost;
  readonly filename: string;
  readonly sourceLines: string[];
  readonly builtins: Map<string, PyObject>;
  readonly registry: ModuleRegistry;
  readonly modules = new Map<string, PyModule>();
  /** Exceptions being handled by `except` blocks, innermost last (bare `raise`, __context__). */
  readonly handling: PyBaseException[] = [];
  private readonly frames: Frame[] = [];
  private readonly locals = new Map<object, unknown>();
  private readonly statementHooks: (() => void | Promise<void>)[] = [];
  private readonly runEndHooks: (() => void | Promise<void>)[] = [];
  /** Releases the tensors no live value can reach (DESIGN.md, tensor lifetime). */
  readonly lifetime: TensorLifetime;
  private readonly timeLimitMs: number | undefined;
  private readonly stepLimit: number | undefined;
  private readonly startedAt = performance.now();
  private lastYield = performance.now();
  private steps = 0;
  /** Set once a limit is hit: from then on no `except` may catch the TimeoutError. */
  expired = false;

  constructor(options: InterpreterOptions) {
    this.host = options.host;
    this.filename = options.filename;
    this.sourceLines = options.source.split('\n');
    this.builtins = options.builtins;
    this.registry = options.registry;
    this.timeLimitMs = options.timeLimitMs;
    this.stepLimit = options.stepLimit;
    this.lifetime = new TensorLifetime({
      modules: () => this.modules.values(),
      frames: () => this.frames,
      handling: () => this.handling,
      nativeState: () => this.locals.values(),
      builtins: () => this.builtins.values(),
    }, options.releaseEagerly ?? false);
  }

  /**
   * Runs a parsed program as the module __main__. The run owns the tensor memory it allocates until
   * `finish()`, which the caller awaits after it has formatted any error (that may still read tensors).
   */
  async run(module: Module): Promise<void> {
    this.lifetime.start();
    const main = new PyModule('__main__', [
      ['__name__', pyStr('__main__')],
      ['__file__', pyStr(this.filename)],
      ['__doc__', None],
    ]);
    this.modules.set('__main__', main);
    const scope = new Scope(moduleScopeInfo(module), main.dict, null, main.dict, this.builtins, null, '');
    const frame: Frame = {
      filename: this.filename,
      name: '<module>',
      pos: module.body[0] ?? noPos,
      fn: null,
      locals: main.dict,
      entryMark: 0,
    };
    this.frames.push(frame);
    try {
      await execBlock(this, module.body, scope, frame, true);
    } finally {
      this.frames.pop();
    }
  }

  async callFunction(fn: PyFunction, args: PyObject[], kwargs: Kwargs): Promise<PyObject> {
    const depth = this.frames.length;
    if (depth >= RECURSION_LIMIT) throw pyError(PyExc.RecursionError, 'maximum recursion depth exceeded');
    if (depth % STACK_RESET_DEPTH === 0) await null;
    const vars = bindFunctionArguments(fn, args, kwargs);
    const node = fn.node;
    const scope = new Scope(functionScopeInfo(node), vars, fn.closure, fn.globals, this.builtins, fn.classCell, `${fn.qualname}.<locals>.`);
    const frame: Frame = { filename: this.filename, name: fn.name, pos: node, fn, locals: vars, entryMark: allocationMark() };
    this.frames.push(frame);
    try {
      if (node.kind === 'Lambda') {
        try {
          return await evalExpr(this, node.body, scope);
        } catch (e) {
          throw atStatement(e, frame, node.body);
        }
      }
      const signal = await execBlock(this, node.body, scope, frame, false);
      return signal instanceof ReturnValue ? signal.value : None;
    } finally {
      this.frames.pop();
    }
  }

  importModule(name: string): Promise<PyModule> {
    return importModule(this, name);
  }

  pushFrame(frame: Frame): void {
    this.frames.push(frame);
  }

  popFrame(): void {
    this.frames.pop();
  }

  currentFrame(): Frame | null {
    return this.frames[this.frames.length - 1] ?? null;
  }

  local<T>(key: object, create: () => T): T {
    if (!this.locals.has(key)) this.locals.set(key, create());
    return this.locals.get(key) as T;
  }

  onStatementEnd(hook: () => void | Promise<void>): void {
    this.statementHooks.push(hook);
  }

  onRunEnd(hook: () => void | Promise<void>): void {
    this.runEndHooks.push(hook);
  }

  /**
   * After each module-level statement and each loop iteration in `frame`: tensors nothing reaches are
   * released, then registered hooks run. Returns undefined when no hook is registered, so the hot loop need
   * not await.
   */
  statementEnd(frame: Frame): Promise<void> | undefined {
    this.lifetime.statementEnd(frame);
    return this.statementHooks.length === 0 ? undefined : this.runStatementHooks();
  }

  /** Ends the run: awaits the run-end hooks (even after an error), then gives up the run's tensor memory. */
  async finish(): Promise<void> {
    try {
      for (const hook of this.runEndHooks) await hook();
    } finally {
      this.lifetime.finish();
    }
  }

  /** A native holding the context must not drag the whole run into a reachability walk (lifetime.ts lists the
   *  run's roots itself). */
  traceTensors(): void {}

  private async runStatementHooks(): Promise<void> {
    for (const hook of this.statementHooks) await hook();
  }

  /**
   * Counts a step; every CHECK_EVERY steps checks the limits and lets the event loop breathe (the returned
   * promise). Undefined in between, so the evaluator awaits only when there is something to wait for.
   */
  tick(): Promise<void> | undefined {
    return ++this.steps % CHECK_EVERY === 0 ? this.checkpoint() : undefined;
  }

  private async checkpoint(): Promise<void> {
    const now = performance.now();
    if (this.stepLimit !== undefined && this.steps > this.stepLimit) {
      this.expired = true;
      throw pyError(PyExc.TimeoutError, `the program ran longer than the step limit of ${this.stepLimit} steps`);
    }
    if (this.timeLimitMs !== undefined && now - this.startedAt > this.timeLimitMs) {
      this.expired = true;
      throw pyError(PyExc.TimeoutError, `the program ran longer than the time limit of ${formatSeconds(this.timeLimitMs)} s`);
    }
    if (now - this.lastYield > YIELD_AFTER_MS) {
      await macrotask();
      this.lastYield = performance.now();
    }
  }

  /** A source line for a traceback entry, as written or stripped. */
  sourceLine(line: number, stripped: boolean): string | null {
    const text = this.sourceLines[line - 1];
    if (text === undefined) return null;
    return stripped ? text.trim() : text;
  }
}

const noPos: Pos = { line: 1, col: 1, endLine: 1, endCol: 1 };

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

/** Resolves after pending events (messages, Stop) had a chance to run. */
function macrotask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
