// `tensor.backward(gradient, retain_graph)`: the gradient of `root` flows to every leaf below it and
// accumulates into .grad (see execute.ts for the walk).
import type { Tensor } from '../tensor.ts';
import { execute, seedFor } from './execute.ts';

export function backward(root: Tensor, gradient: Tensor | null = null, retainGraph = false): void {
  execute([[root, seedFor(root, gradient, 0)]], retainGraph, { kind: 'accumulate' });
}
