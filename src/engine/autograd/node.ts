// Nodes of the autograd graph, as in PyTorch: a GradFn per recorded op (named like PyTorch's, e.g.
// `AddmmBackward0`), edges to the nodes that produced its inputs, and AccumulateGrad sinks for leaves.

import type { DType } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { legacyTypeName } from '../dtype.ts';
import type { Shape } from '../shape.ts';
import type { Tensor } from '../tensor.ts';

/** Gradients for each input of the op, given the gradient of its output; `needs[i]` says which are wanted. */
export type BackwardFn = (grad: Tensor, needs: readonly boolean[]) => readonly (Tensor | null)[];

/** Where an input's gradient goes, and the shape/dtype it must arrive in (broadcasts are summed back). */
export interface Edge {
  readonly node: Node;
  readonly shape: Shape;
  readonly dtype: DType;
}

export type Node = GradFn | AccumulateGrad;

let sequence = 0;

interface SavedTensor {
  readonly tensor: Tensor;
  readonly version: number;
  /** The node that produced it when saved ("output 0 of MulBackward0" in the error text). */
  readonly producer: string | null;
}

export class GradFn {
  readonly kind = 'function';
  /** Later nodes run first when several are ready, as in PyTorch's engine. */
  readonly sequenceNr = sequence++;
  /** The output tensor, when it called retainGrad(): backward stores the gradient reaching this node there. */
  retainedOutput: Tensor | null = null;
  private backwardFn: BackwardFn | null;
  private saved: SavedTensor[];
  /** Other tensors the backward closure reads (masks, intermediates): kept alive with the node, never
   *  version-checked, since PyTorch saves no such tensor and no program can reach them. */
  private kept: readonly Tensor[];
  /** Which inputs want a gradient (those with an edge), made at the first backward. */
  private needs: readonly boolean[] | null = null;

  constructor(
    readonly name: string,
    readonly next: readonly (Edge | null)[],
    backward: BackwardFn,
    saved: readonly Tensor[],
    output: Tensor | null = null,
    kept: readonly Tensor[] = [],
  ) {
    this.backwardFn = backward;
    this.kept = kept;
    this.saved = saved.map((tensor) => ({
      tensor,
      version: tensor.storage.version,
      // An op may save its own output (sigmoid, exp), which this node is about to become the producer of.
      producer: tensor === output ? name : (tensor.gradFn?.name ?? null),
    }));
  }

  /** `grad_fn.next_functions`: the next node (or null) for each input. */
  get nextFunctions(): (Node | null)[] {
    return this.next.map((edge) => edge?.node ?? null);
  }

  /** The tensors PyTorch would save for this node. */
  get savedTensors(): readonly Tensor[] {
    return this.saved.map((s) => s.tensor);
  }

  /** Every tensor the backward reads, saved or kept (the runtime's reachability walk, engine/memory). */
  get heldTensors(): readonly Tensor[] {
    return [...this.savedTensors, ...this.kept];
  }

  apply(grad: Tensor): readonly (Tensor | null)[] {
    if (this.backwardFn === null) {
      throw runtimeError(
        'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.',
      );
    }
    for (const s of this.saved) {
      if (s.tensor.storage.version !== s.version) {
        const shape = `[${s.tensor.shape.join(', ')}]`;
        const output = s.producer === null ? '' : `, which is output 0 of ${s.producer},`;
        throw runtimeError(
          `one of the variables needed for gradient computation has been modified by an inplace operation: [${legacyTypeName(s.tensor.dtype)} ${shape}]${output} is at version ${s.tensor.storage.version}; expected version ${s.version} instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).`,
        );
      }
    }
    return this.backwardFn(grad, (this.needs ??= this.next.map((edge) => edge !== null)));
  }

  /** Frees the saved tensors after a backward without retain_graph. A node that saved nothing stays usable,
   *  as in PyTorch (backward through `a + b` twice works; through `a * b` it raises). */
  release(): void {
    if (this.saved.length > 0) {
      this.backwardFn = null;
      this.saved = [];
      this.kept = [];
    }
  }
}

export class AccumulateGrad {
  readonly kind = 'accumulate';
  readonly name = 'AccumulateGrad';
  readonly sequenceNr = Number.MAX_SAFE_INTEGER;
  constructor(readonly variable: Tensor) {}
}
