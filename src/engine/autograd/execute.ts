// The walk behind both `tensor.backward()` and `torch.autograd.grad()`: seeds flow from the roots through the
// graph in dependency order (micrograd's topological pass, with PyTorch's rules: broadcast gradients are summed
// back to each input's shape and cast to its dtype, and saved tensors are freed afterwards unless retain_graph).
//
// backward() lets gradients reach every leaf, which accumulates them into .grad. grad() instead captures what
// arrives at the nodes of its inputs, touches no .grad, and runs only the nodes that lead to those inputs.
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

/** The gradient a root starts with: the given one (shape-checked, cast to the root's dtype), or 1 for a scalar. */
export function seedFor(root: Tensor, gradient: Tensor | null, position: number): Tensor {
  if (!root.requiresGrad) {
    throw runtimeError(`element ${position} of tensors does not require grad and does not have a grad_fn`);
  }
  if (gradient === null) {
    if (root.numel !== 1) throw runtimeError('grad can be implicitly created only for scalar outputs');
    return fullKernel(root.shape, 1, root.dtype, root);
  }
  if (!sameShape(gradient.shape, root.shape)) {
    throw runtimeError(
      `Mismatch in shape: grad_output[${position}] has a shape of ${torchSize(gradient.shape)} and output[${position}] has a shape of ${torchSize(root.shape)}.`,
    );
  }
  return castKernel(gradient, root.dtype);
}

/** What happens to gradient that reaches the graph's sinks. */
export type Delivery =
  /**
   * backward(): leaves accumulate into .grad, and so do non-leaves that called retainGrad(). A first gradient
   * is stored as a copy, as PyTorch does, unless `copy` is false: for callers that use the gradients at once and
   * never write into them (Keras fit), the tensor autograd computed will do.
   */
  | { readonly kind: 'accumulate'; readonly copy?: boolean }
  /** autograd.grad(): the gradient arriving at each of these nodes is returned instead. */
  | { readonly kind: 'capture'; readonly nodes: ReadonlySet<Node> };

/**
 * Runs the graph below `roots` (each with its seed gradient). Returns the gradient that arrived at each
 * captured node (none for backward).
 */
export function execute(roots: readonly (readonly [Tensor, Tensor])[], retainGraph: boolean, delivery: Delivery): Map<Node, Tensor> {
  const pending = new Map<Node, Tensor>();
  const ready = new ReadyQueue();
  const rootSet = new Set<Node>();
  for (const [root, seed] of roots) {
    const node = edgeTo(root).node;
    const existing = pending.get(node);
    pending.set(node, existing === undefined ? seed : binaryKernel('add', existing, seed));
    rootSet.add(node);
  }
  const rootNodes = [...rootSet];
  const runs = nodesToRun(rootNodes, delivery);
  const dependencies = countDependencies(rootNodes, runs);
  for (const node of rootNodes) if ((dependencies.get(node) ?? 0) === 0) ready.push(node);

  const captured = new Map<Node, Tensor>();
  const ran: Node[] = [];
  const previousMode = setGradEnabled(false);
  try {
    while (ready.size > 0) {
      const node = ready.pop();
      const grad = pending.get(node);
      pending.delete(node);
      if (delivery.kind === 'capture' && delivery.nodes.has(node) && grad !== undefined) captured.set(node, grad);
      if (node.kind === 'accumulate') {
        if (delivery.kind === 'accumulate' && grad !== undefined) accumulateInto(node.variable, grad, delivery.copy ?? true);
        continue;
      }
      if (runs !== null && !runs.has(node)) continue;
      // A node whose inputs all produced no gradient still runs its bookkeeping, so nodes below it get ready.
      if (grad !== undefined) ran.push(node);
      if (delivery.kind === 'accumulate' && grad !== undefined && node.retainedOutput !== null) accumulateInto(node.retainedOutput, grad, true);
      const inputGrads = grad === undefined ? null : node.apply(grad);
      const next = node.next;
      for (let i = 0; i < next.length; i++) {
        const edge = next[i];
        if (edge === null || !wanted(edge.node, runs, delivery)) continue;
        const g = inputGrads === null ? null : inputGrads[i];
        if (g !== null && g !== undefined) {
          const shaped = conform(g, edge);
          const existing = pending.get(edge.node);
          pending.set(edge.node, existing === undefined ? shaped : binaryKernel('add', existing, shaped));
        }
        const left = (dependencies.get(edge.node) ?? 1) - 1;
        dependencies.set(edge.node, left);
        if (left === 0) ready.push(edge.node);
      }
    }
  } finally {
    setGradEnabled(previousMode);
    if (!retainGraph) for (const node of ran) if (node.kind === 'function') node.release();
  }
  return captured;
}

/** Whether gradient for `node` is of any use: it is run, or captured, or (for backward) a leaf's sink. */
function wanted(node: Node, runs: ReadonlySet<Node> | null, delivery: Delivery): boolean {
  if (delivery.kind === 'accumulate') return true;
  return runs!.has(node) || delivery.nodes.has(node);
}

/**
 * The function nodes whose backward must run. For backward() that is every node below the roots (null: no set
 * needed); for grad() only those with a captured node somewhere below them (PyTorch's exec_info), so unrelated
 * branches keep their saved tensors.
 */
function nodesToRun(roots: readonly Node[], delivery: Delivery): Set<Node> | null {
  if (delivery.kind === 'accumulate') return null;
  const order = postOrder(roots);
  const runs = new Set<Node>();
  for (const node of order) {
    if (node.kind !== 'function') continue;
    if (node.next.some((e) => e !== null && (runs.has(e.node) || delivery.nodes.has(e.node)))) {
      runs.add(node);
    }
  }
  return runs;
}

/** Every node below the roots, children before parents (iterative, so long graphs cannot overflow the stack). */
function postOrder(roots: readonly Node[]): Node[] {
  const order: Node[] = [];
  const seen = new Set<Node>();
  const stack: [Node, number][] = [];
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    stack.push([root, 0]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, i] = top;
      const next = node.kind === 'function' ? node.next : [];
      if (i < next.length) {
        top[1] = i + 1;
        const edge = next[i];
        if (edge !== null && !seen.has(edge.node)) {
          seen.add(edge.node);
          stack.push([edge.node, 0]);
        }
      } else {
        stack.pop();
        order.push(node);
      }
    }
  }
  return order;
}

/** How many edges from running nodes point at each node (a node is ready when all of them have delivered). */
function countDependencies(roots: readonly Node[], runs: ReadonlySet<Node> | null): Map<Node, number> {
  const counts = new Map<Node, number>();
  const seen = new Set<Node>(roots);
  const stack: Node[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.kind !== 'function' || (runs !== null && !runs.has(node))) continue;
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
function accumulateInto(t: Tensor, grad: Tensor, copy: boolean): void {
  if (t.grad === null) {
    t.grad = copy ? unaryKernel('identity', grad) : grad;
    return;
  }
  const sum = binaryKernel('add', t.grad, castKernel(grad, t.grad.dtype));
  t.grad.backend.write(t.grad.view, sum.view);
  t.grad.storage.version++;
}
