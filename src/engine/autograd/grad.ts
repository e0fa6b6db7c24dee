// `torch.autograd.grad(outputs, inputs, grad_outputs)`: the gradients of the outputs with respect to each input,
// returned rather than accumulated, so no .grad changes. `tf.GradientTape.gradient` binds to it too.
import { runtimeError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';
import { execute, seedFor } from './execute.ts';
import type { Node } from './node.ts';
import { edgeTo } from './record.ts';

export interface GradOptions {
  /** Keep saved tensors so the graph can be differentiated again (PyTorch's retain_graph). */
  retainGraph?: boolean;
  /** Return null for an input the outputs do not depend on, instead of raising (PyTorch's allow_unused;
   *  TensorFlow's tape.gradient always behaves so, returning None). */
  allowUnused?: boolean;
}

/**
 * d(sum of outputs · gradOutputs)/d(input) for each input. A missing gradOutput (or null) is 1 for a scalar
 * output, as in backward().
 */
export function grad(
  outputs: readonly Tensor[],
  inputs: readonly Tensor[],
  gradOutputs: readonly (Tensor | null)[] | null = null,
  options: GradOptions = {},
): (Tensor | null)[] {
  if (gradOutputs !== null && gradOutputs.length !== outputs.length) {
    throw runtimeError(`grad requires one grad_output per output: got ${gradOutputs.length} grad_outputs and ${outputs.length} outputs.`);
  }
  for (const input of inputs) {
    if (!input.requiresGrad) throw runtimeError('One of the differentiated Tensors does not require grad');
  }
  const roots = outputs.map((output, i) => [output, seedFor(output, gradOutputs?.[i] ?? null, i)] as const);
  const nodes: Node[] = inputs.map((input) => edgeTo(input).node);
  const captured = execute(roots, options.retainGraph ?? false, { kind: 'capture', nodes: new Set(nodes) });
  return nodes.map((node) => {
    const g = captured.get(node);
    if (g !== undefined) return g;
    if (options.allowUnused === true) return null;
    throw runtimeError('One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.');
  });
}
