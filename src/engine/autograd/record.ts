// Attaching an op's backward to its output: the one place ops meet the graph (micrograd's `out._backward`).

import type { Tensor } from '../tensor.ts';
import { isGradEnabled } from './grad-mode.ts';
import { AccumulateGrad, GradFn, type BackwardFn, type Edge } from './node.ts';

/** The edge through which gradient reaches `t`: its producer, or the accumulator of a leaf. */
export function edgeTo(t: Tensor): Edge {
  if (t.gradFn !== null) return { node: t.gradFn, shape: t.shape, dtype: t.dtype };
  t.gradAccumulator ??= new AccumulateGrad(t);
  return { node: t.gradAccumulator, shape: t.shape, dtype: t.dtype };
}

/**
 * Records `out = op(inputs)` when grad mode is on and some input requires grad. `saved` lists the tensors
 * PyTorch saves for the op, so autograd can free them after backward and detect in-place changes to them;
 * `kept` lists any other tensor the backward closure reads (a mask, an intermediate). Together they must name
 * every tensor the closure reads: the runtime releases memory nothing reaches, and a closure is opaque to it
 * (ops.test.ts checks each op with unreachable memory released before backward).
 */
export function record(
  out: Tensor,
  name: string,
  inputs: readonly (Tensor | null)[],
  backward: BackwardFn,
  saved: readonly Tensor[] = [],
  kept: readonly Tensor[] = [],
): Tensor {
  if (!isGradEnabled() || !inputs.some((t) => t !== null && t.requiresGrad)) return out;
  const next = inputs.map((t) => (t !== null && t.requiresGrad ? edgeTo(t) : null));
  out.gradFn = new GradFn(name, next, backward, saved, out, kept);
  return out;
}
