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
 * Records `out = op(inputs)` when grad mode is on and some input requires grad. `saved` lists the tensors the
 * backward closure reads, so autograd can free them after backward and detect in-place changes to them.
 */
export function record(
  out: Tensor,
  name: string,
  inputs: readonly (Tensor | null)[],
  backward: BackwardFn,
  saved: readonly Tensor[] = [],
): Tensor {
  if (!isGradEnabled() || !inputs.some((t) => t !== null && t.requiresGrad)) return out;
  const next = inputs.map((t) => (t !== null && t.requiresGrad ? edgeTo(t) : null));
  out.gradFn = new GradFn(name, next, backward, saved, out);
  return out;
}
