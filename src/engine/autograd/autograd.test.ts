// Autograd behaves as PyTorch's: gradients accumulate in .grad, saved tensors are freed after backward (with
// PyTorch's error on a second pass), grad mode switches recording off, in-place changes to saved tensors are
// caught, and the graph exposes PyTorch's node names.

import { describe, expect, it } from 'vitest';
import { engineErrorOf } from '../test-support.ts';
import { add, mul, pow } from '../ops/arithmetic.ts';
import { fromValues, tensor } from '../ops/creation.ts';
import { commit, fill_ } from '../ops/inplace.ts';
import { sum } from '../ops/reduce.ts';
import { sigmoid } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';
import { backward } from './backward.ts';
import { grad } from './grad.ts';
import { isGradEnabled, noGrad, setGradEnabled } from './grad-mode.ts';

const leaf = (values: number[]): Tensor => tensor(values).setRequiresGrad(true);
const gradOf = async (t: Tensor): Promise<number[]> => Array.from(await (t.grad as Tensor).data());


const SECOND_BACKWARD =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

describe('backward', () => {
  it('sums the gradients of every path (y = x·x + x gives 2x + 1)', async () => {
    const x = leaf([1, -2, 3]);
    backward(sum(add(mul(x, x), x)));
    expect(await gradOf(x)).toEqual([3, -3, 7]);
  });

  it('accumulates into .grad across backward calls, in place', async () => {
    const x = leaf([1, 2]);
    const loss = sum(mul(x, 3));
    backward(loss, null, true);
    const first = x.grad;
    backward(loss);
    expect(x.grad).toBe(first);
    expect(await gradOf(x)).toEqual([6, 6]);
  });

  it('frees saved tensors: a second backward through a product raises PyTorch\'s error', () => {
    const x = leaf([1, 2]);
    const loss = sum(mul(x, x));
    backward(loss);
    const error = engineErrorOf(() => backward(loss));
    expect(error.pyType).toBe('RuntimeError');
    expect(error.message).toBe(SECOND_BACKWARD);
  });

  it('lets a graph that saved nothing (a sum of additions) run backward twice, as PyTorch does', async () => {
    const x = leaf([1, 2]);
    const loss = sum(add(x, 1));
    backward(loss);
    backward(loss);
    expect(await gradOf(x)).toEqual([2, 2]);
  });

  it('needs an explicit gradient for a non-scalar output', async () => {
    const x = leaf([1, 2]);
    const y = mul(x, 2);
    expect(engineErrorOf(() => backward(y)).message).toBe('grad can be implicitly created only for scalar outputs');
    backward(y, tensor([1, 10]));
    expect(await gradOf(x)).toEqual([2, 20]);
  });

  it('refuses a tensor that does not require grad', () => {
    const e = engineErrorOf(() => backward(sum(tensor([1, 2]))));
    expect([e.pyType, e.message]).toEqual(['RuntimeError', 'element 0 of tensors does not require grad and does not have a grad_fn']);
  });

  it('fills .grad of a non-leaf only after retainGrad()', async () => {
    const x = leaf([1, 2]);
    const hidden = mul(x, 2);
    hidden.retainGrad();
    const other = mul(x, 3);
    backward(sum(mul(hidden, hidden)));
    expect(await gradOf(hidden)).toEqual([4, 8]);
    expect(other.grad).toBeNull();
  });

  it('casts a gradient back to its input\'s dtype (float32 leaf in a float64 computation)', async () => {
    const x = leaf([1, 2]);
    const y = fromValues([0.5, 0.25], [2], 'float64');
    const loss = sum(mul(x, y));
    expect(loss.dtype).toBe('float64');
    backward(loss);
    expect((x.grad as Tensor).dtype).toBe('float32');
    expect(await gradOf(x)).toEqual([0.5, 0.25]);
  });
});

describe('the graph', () => {
  it('names nodes as PyTorch does and links leaves through AccumulateGrad', () => {
    const x = leaf([1, 2]);
    const y = mul(x, 2);
    expect(y.gradFn?.name).toBe('MulBackward0');
    const [first, second] = y.gradFn?.nextFunctions ?? [];
    expect(first?.name).toBe('AccumulateGrad');
    expect(first?.kind === 'accumulate' && first.variable).toBe(x);
    expect(second).toBeNull();
    expect(y.isLeaf).toBe(false);
    expect(x.isLeaf).toBe(true);
  });

  it('records nothing in no_grad, and setGradEnabled returns the previous mode', () => {
    const x = leaf([1, 2]);
    const y = noGrad(() => mul(x, 2));
    expect(y.requiresGrad).toBe(false);
    expect(y.gradFn).toBeNull();
    const previous = setGradEnabled(false);
    expect(previous).toBe(true);
    expect(isGradEnabled()).toBe(false);
    expect(pow(x, 2).requiresGrad).toBe(false);
    setGradEnabled(previous);
    expect(pow(x, 2).gradFn?.name).toBe('PowBackward0');
  });
});

describe('requires_grad and in-place rules', () => {
  it('allows requires_grad only on floating tensors', () => {
    const e = engineErrorOf(() => tensor([1, 2], 'int64').setRequiresGrad(true));
    expect(e.message).toBe('only Tensors of floating point dtype can require gradients');
  });

  it('allows changing requires_grad only on leaves', () => {
    const y = mul(leaf([1]), 2);
    expect(engineErrorOf(() => y.setRequiresGrad(false)).message).toBe(
      "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
    );
  });

  it('rejects in-place updates of a leaf that requires grad, outside no_grad', async () => {
    const w = leaf([1, 2]);
    expect(engineErrorOf(() => fill_(w, 0)).message).toBe('a leaf Variable that requires grad is being used in an in-place operation.');
    noGrad(() => commit(w, add(w, 1)));
    expect(Array.from(await w.data())).toEqual([2, 3]);
  });

  it('detects a saved tensor modified in place before backward', () => {
    const x = leaf([1, 2, 3]);
    const s = sigmoid(x);
    const loss = sum(s);
    noGrad(() => fill_(s, 0));
    const e = engineErrorOf(() => backward(loss));
    expect(e.message).toBe(
      'one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of SigmoidBackward0, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).',
    );
  });

  it('rebases history for an in-place op on a non-leaf (x * 2, then += 1)', async () => {
    const x = leaf([1, 2]);
    const y = mul(x, 2);
    commit(y, add(y, 1));
    expect(y.gradFn?.name).toBe('AddBackward0');
    backward(sum(mul(y, y)));
    // d/dx (2x + 1)^2 = 4(2x + 1)
    expect(await gradOf(x)).toEqual([12, 20]);
  });
});

describe('autograd.grad', () => {
  it('returns the gradients of the inputs without touching .grad (torch.autograd.grad)', async () => {
    const x = leaf([1, 2]);
    const a = mul(x, 2);
    const s = sum(mul(mul(a, 3), mul(a, 3)));
    const [ga, gx] = grad([s], [a, x], null, { retainGraph: true }) as Tensor[];
    // s = 9a², a = 2x: ds/da = 18a = [36, 72], ds/dx = 36a = [72, 144] (PyTorch's values).
    expect(Array.from(await ga.data())).toEqual([36, 72]);
    expect(Array.from(await gx.data())).toEqual([72, 144]);
    expect(x.grad).toBeNull();
    expect(a.grad).toBeNull();
  });

  it('frees the graph unless retain_graph, like backward', () => {
    const x = leaf([1, 2]);
    const s = sum(mul(x, x));
    grad([s], [x]);
    expect(engineErrorOf(() => backward(s)).message).toBe(SECOND_BACKWARD);
  });

  it('runs only the branches that lead to the inputs, so the others keep their saved tensors', async () => {
    const x = leaf([1, 2]);
    const c = mul(x, 2);
    const d = mul(x, 5);
    const dd = mul(d, d);
    const total = add(sum(mul(c, c)), sum(dd));
    const [gc] = grad([total], [c]) as Tensor[];
    expect(Array.from(await gc.data())).toEqual([4, 8]);
    backward(sum(dd));
    expect(await gradOf(x)).toEqual([50, 100]);
  });

  it('weights several outputs by their grad_outputs and sums them', async () => {
    const x = leaf([1, 2]);
    const [g] = grad([mul(x, 3), mul(x, x)], [x], [tensor([1, 1]), tensor([10, 0])]) as Tensor[];
    expect(Array.from(await g.data())).toEqual([23, 3]);
  });

  it('raises PyTorch\'s errors for an unused input and an input that does not require grad, unless allow_unused', async () => {
    const x = leaf([1, 2]);
    const z = leaf([3, 4]);
    expect(engineErrorOf(() => grad([sum(mul(x, x))], [z])).message).toBe(
      'One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.',
    );
    expect(engineErrorOf(() => grad([sum(mul(x, x))], [tensor([1])])).message).toBe('One of the differentiated Tensors does not require grad');
    const [gx, gz] = grad([sum(mul(x, x))], [x, z], null, { allowUnused: true });
    expect(Array.from(await (gx as Tensor).data())).toEqual([2, 4]);
    expect(gz).toBeNull();
  });

  it('differentiates an output with respect to itself (the seed comes straight back)', async () => {
    const x = leaf([1, 2]);
    const y = mul(x, 2);
    const [g] = grad([y], [y], [tensor([5, 6])]) as Tensor[];
    expect(Array.from(await g.data())).toEqual([5, 6]);
  });
});
