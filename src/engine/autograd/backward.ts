// `tensor.backward()`: one walk over the graph in dependency order (micrograd's topological pass, with
// PyTorch's rules: broadcast gradients are summed back to each input's shape, leaves accumulate into .grad,
// and saved tensors are freed afterwards unless retain_graph).

import { runtimeError } from '../errors.ts';
import { binaryKernel, castKernel, fullKernel, unaryKernel } from '../ops/kernels.ts';
import { sumTo } from '../ops/views.ts';
import { sameShape } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { setGradEnabled } from './grad-mode.ts';
import type { Edge, Node } from './node.ts';
import { ReadyQueue } from './ready-queue.ts';
import { edgeTo } from './record.ts';

const torchSize = (shape: readonly number[]): string => `torch.Size([${shape.join(', ')}])`;

export function backward(root: Tensor, gradient: Tensor | null = null, retainGraph = false): void {
  if (!root.requiresGrad) throw runtimeError('element 0 of tensors does not require grad and does not have a grad_fn');
  let seed: Tensor;
  if (gradient === null) {
    if (root.numel !== 1) throw runtimeError('grad can be implicitly created only for scalar outputs');
    seed = fullKernel(root.shape, 1, root.dtype, root);
  } else {
    if (!sameShape(gradient.shape, root.shape)) {
      throw runtimeError(
        `Mismatch in shape: grad_output[0] has a shape of ${torchSize(gradient.shape)} and output[0] has a shape of ${torchSize(root.shape)}.`,
      );
    }
    seed = castKernel(gradient, root.dtype);
  }

  const rootEdge = edgeTo(root);
  const dependencies = countDependencies(rootEdge.node);
  const pending = new Map<Node, Tensor>([[rootEdge.node, seed]]);
  const ready = new ReadyQueue();
  ready.push(rootEdge.node);
  const ran: Node[] = [];

  const previousMode = setGradEnabled(false);
  try {
    while (ready.size > 0) {
      const node = ready.pop();
      const grad = pending.get(node);
      pending.delete(node);
      // A node whose inputs all produced no gradient still runs its bookkeeping, so nodes below it get ready.
      if (grad !== undefined) ran.push(node);
      if (node.kind === 'accumulate') {
        if (grad !== undefined) accumulateInto(node.variable, grad);
        continue;
      }
      if (grad !== undefined && node.retainedOutput !== null) accumulateInto(node.retainedOutput, grad);
      const inputGrads = grad === undefined ? [] : node.apply(grad);
      node.next.forEach((edge, i) => {
        if (edge === null) return;
        const g = inputGrads[i];
        if (g !== null && g !== undefined) {
          const shaped = conform(g, edge);
          const existing = pending.get(edge.node);
          pending.set(edge.node, existing === undefined ? shaped : binaryKernel('add', existing, shaped));
        }
        const left = (dependencies.get(edge.node) ?? 1) - 1;
        dependencies.set(edge.node, left);
        if (left === 0) ready.push(edge.node);
      });
    }
  } finally {
    setGradEnabled(previousMode);
    if (!retainGraph) for (const node of ran) if (node.kind === 'function') node.release();
  }
}

/** How many edges from nodes reachable from `root` point at each node. */
function countDependencies(root: Node): Map<Node, number> {
  const counts = new Map<Node, number>();
  const seen = new Set<Node>([root]);
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.kind !== 'function') continue;
    for (const edge of node.next) {
      if (edge === null) continue;
      counts.set(edge.node, (counts.get(edge.node) ?? 0) + 1);
      if (!seen.has(edge.node)) {
        seen.add(edge.node);
        stack.push(edge.node);
      }
    }
  }
  return counts;
}

/** PyTorch's validate_outputs: a gradient is summed back to its input's shape and cast to its dtype. */
function conform(g: Tensor, edge: Edge): Tensor {
  const shaped = sameShape(g.shape, edge.shape) ? g : sumTo(g, edge.shape);
  return castKernel(shaped, edge.dtype);
}

/** .grad = grad the first time (a fresh copy), then += in place, so a held reference to .grad sees the sum. */
function accumulateInto(t: Tensor, grad: Tensor): void {
  if (t.grad === null) {
    t.grad = unaryKernel('identity', grad);
    return;
  }
  const sum = binaryKernel('add', t.grad, castKernel(grad, t.grad.dtype));
  t.grad.backend.write(t.grad.view, sum.view);
  t.grad.storage.version++;
}
