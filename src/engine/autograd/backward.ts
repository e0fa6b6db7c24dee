// `tensor.backward(gradient, retain_graph)`: the gradient of `root` flows to every leaf below it and
// accumulates into .grad (see execute.ts for the walk).
import type { Tensor } from '../tensor.ts';
import { execute, seedFor } from './execute.ts';

export function backward(root: Tensor, gradient: Tensor | null = null, retainGraph = false): void {
  execute([[root, seedFor(root, gradient, 0)]], retainGraph, { kind: 'accumulate' });
}

/**
 * backward() of a training step whose gradients are read at once and never written into (Keras fit: the
 * optimizer reads them, then they are dropped). A leaf's .grad is then the gradient autograd computed, which
 * may be shared with another leaf's, instead of a copy of it.
 */
export function backwardForUpdate(root: Tensor): void {
  execute([[root, seedFor(root, null, 0)]], false, { kind: 'accumulate', copy: false });
}
