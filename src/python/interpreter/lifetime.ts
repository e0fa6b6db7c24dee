// Tensor lifetime, the interpreter's half (DESIGN.md): a run owns the device memory its tensors use, and at the
// end of each module-level statement and each loop iteration it releases what no live Python value can reach.
//
// The roots are what Python code can still touch: the modules (the program's globals among them), each frame's
// locals and function (closures, defaults), the exceptions being handled, values the evaluator holds across a
// block (a for loop's iterator, a with statement's manager, a return value waiting for `finally`) and the
// per-run state of native modules. What the evaluator holds in the middle of an unfinished expression in a
// calling frame (`stack.pop() + train()`: the popped value, while train's loop runs) is invisible, but all of
// it was allocated before the current frame was entered; so a collection in a frame only considers memory
// allocated since that frame's entry (Frame.entryMark). A module-level statement end considers everything.

import { addRootSource, beginOwnership, CollectionBudget, releaseUnreachable } from '../../engine/index.ts';
import type { Frame } from '../objects/context.ts';
import type { PyObject } from '../objects/object.ts';

/** The run's state a collection marks from (the Interpreter provides it). */
export interface RunRoots {
  modules(): Iterable<PyObject>;
  frames(): readonly Frame[];
  /** Exceptions being handled by `except` blocks. */
  handling(): Iterable<PyObject>;
  /** Per-run state of native modules (ctx.local). */
  nativeState(): Iterable<unknown>;
  builtins(): Iterable<PyObject>;
}

export class TensorLifetime {
  /** Values the evaluator holds across a block, innermost last. */
  private readonly pinned: unknown[] = [];
  private endOwnership: (() => void) | null = null;
  private removeRoots: (() => void) | null = null;
  private budget = new CollectionBudget();

  constructor(
    private readonly run: RunRoots,
    /** Collect at every opportunity (tests), instead of once enough was allocated. */
    private readonly eager = false,
  ) {}

  /** The run starts owning the memory it allocates. */
  start(): void {
    this.endOwnership = beginOwnership();
    this.removeRoots = addRootSource({ roots: () => this.roots() });
    this.budget = new CollectionBudget();
  }

  /** The run is over: nothing of it can be used again, so its memory goes (once no other run owns memory). */
  finish(): void {
    this.removeRoots?.();
    this.endOwnership?.();
    this.removeRoots = null;
    this.endOwnership = null;
  }

  /** Keeps `value` alive until the matching unpin (a loop's iterator, a pending return value). */
  pin(value: unknown): void {
    this.pinned.push(value);
  }

  unpin(): void {
    this.pinned.pop();
  }

  /**
   * Called at the end of a module-level statement or a loop iteration in `frame`: when enough was allocated
   * since the last collection, releases what was allocated since the frame's entry and is unreachable.
   */
  statementEnd(frame: Frame): void {
    if (this.endOwnership === null) return;
    if (this.eager ? this.budget.hasAllocated() : this.budget.due()) this.collect(frame);
  }

  /** Releases now what was allocated since the frame's entry and is unreachable. */
  collect(frame: Frame): number {
    const released = releaseUnreachable(frame.entryMark);
    this.budget.collected();
    return released;
  }

  private *roots(): Iterable<unknown> {
    yield* this.run.modules();
    for (const frame of this.run.frames()) {
      yield frame.locals;
      if (frame.fn !== null) yield frame.fn;
    }
    yield* this.run.handling();
    yield* this.pinned;
    yield* this.run.nativeState();
    yield* this.run.builtins();
  }
}
