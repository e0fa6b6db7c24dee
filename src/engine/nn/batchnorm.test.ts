// nn.BatchNorm1d / nn.BatchNorm2d against PyTorch (the `modules` and `errors` cases of
// tests/fixtures/batchnorm.json): a module run through several training and eval steps gives PyTorch's output,
// grad_fn, gradients and buffers after every step; print(module), state_dict keys, and the errors for misuse.

import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { noGrad } from '../autograd/grad-mode.ts';
import { EngineError } from '../errors.ts';
import { batchNormFixture, decode, expectTensor, type ErrorCase, type ModuleCase } from '../ops/batchnorm.fixture.ts';
import { copy_, fromValues, mul, sum } from '../ops/index.ts';
import type { Tensor } from '../tensor.ts';
import { engineErrorOf } from '../test-support.ts';
import { BatchNorm1d, BatchNorm2d } from './batchnorm.ts';

function build(c: ModuleCase | ErrorCase): BatchNorm1d | BatchNorm2d {
  const { eps, momentum, affine, track_running_stats: track } = c.kwargs;
  const Kind = c.kind === 'BatchNorm1d' ? BatchNorm1d : BatchNorm2d;
  return new Kind(c.num_features, eps, momentum === undefined ? 0.1 : momentum, affine, track);
}

describe('BatchNorm matches PyTorch step by step', () => {
  for (const c of batchNormFixture.modules) {
    it(c.name, async () => {
      const m = build(c);
      noGrad(() => {
        if (m.weight !== null) copy_(m.weight, decode(c.initial.weight) as Tensor);
        if (m.bias !== null) copy_(m.bias, decode(c.initial.bias) as Tensor);
      });
      expect(m.repr()).toBe(c.repr);
      expect([...m.stateDict().keys()]).toEqual(c.state_dict_keys);
      for (const step of c.steps) {
        m.train(step.train);
        m.zeroGrad();
        const x = decode(step.input, true) as Tensor;
        const y = m.forward(x);
        expect(y.gradFn?.name ?? null).toBe(step.grad_fn);
        await expectTensor(y, step.output);
        backward(sum(mul(y, fromValues(step.upstream, y.shape))));
        await expectTensor(x.grad, step.grad_input);
        await expectTensor(m.weight?.grad ?? null, step.grad_weight);
        await expectTensor(m.bias?.grad ?? null, step.grad_bias);
        await expectTensor(m.runningMean, step.running_mean);
        await expectTensor(m.runningVar, step.running_var);
        const tracked = m._buffers.get('num_batches_tracked') ?? null;
        expect(tracked === null ? null : await tracked.item()).toBe(step.num_batches_tracked);
      }
    });
  }
});

describe('BatchNorm raises what PyTorch raises', () => {
  for (const c of batchNormFixture.errors) {
    it(c.name, async () => {
      const m = build(c);
      m.train(c.train);
      const error = engineErrorOf(() => m.forward(fromValues(new Array<number>(c.shape.reduce((n, d) => n * d, 1)).fill(0.5), c.shape)));
      expect(error).toBeInstanceOf(EngineError);
      expect({ type: error.pyType, message: error.message }).toEqual(c.error);
      const tracked = m._buffers.get('num_batches_tracked') ?? null;
      expect(tracked === null ? null : await tracked.item()).toBe(c.num_batches_tracked);
    });
  }
});

describe('BatchNorm buffers', () => {
  it('are the running statistics PyTorch registers: zeros, ones and an int64 count of 0', async () => {
    const m = new BatchNorm2d(3);
    expect(m.buffers().map((b) => [b.shape, b.dtype])).toEqual([
      [[3], 'float32'],
      [[3], 'float32'],
      [[], 'int64'],
    ]);
    expect(Array.from(await (m.runningMean as Tensor).data())).toEqual([0, 0, 0]);
    expect(Array.from(await (m.runningVar as Tensor).data())).toEqual([1, 1, 1]);
    expect(m.parameters().every((p) => p.isParameter && p.requiresGrad)).toBe(true);
  });
});
