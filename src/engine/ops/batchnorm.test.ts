// F.batch_norm against PyTorch (the `functional` cases of tests/fixtures/batchnorm.json, from
// tests/oracle/batchnorm.py): output and grad_fn name, the gradients of input, weight and bias, and the running
// statistics moved in place. Values within 1e-5 (relative above 1).

import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { releaseUnreachable } from '../memory/collect.ts';
import type { Tensor } from '../tensor.ts';
import { batchNormFixture, decode, expectTensor, type FunctionalCase } from './batchnorm.fixture.ts';
import { describeCasesWithRelease } from '../test-support.ts';
import * as ops from './index.ts';

async function runCase(c: FunctionalCase, releasing: boolean): Promise<void> {
  const input = decode(c.args.input, true) as Tensor;
  const runningMean = decode(c.args.running_mean);
  const runningVar = decode(c.args.running_var);
  const weight = decode(c.args.weight, true);
  const bias = decode(c.args.bias, true);
  const output = ops.batchNorm(input, runningMean, runningVar, weight, bias, c.training, c.momentum, c.eps);
  const inputs = [input, runningMean, runningVar, weight, bias];
  // Whatever the node does not declare is gone before backward: its closure must not read it.
  if (releasing) releaseUnreachable(0, [inputs, output]);
  expect(output.gradFn?.name).toBe(c.grad_fn);
  await expectTensor(output, c.output);
  backward(ops.sum(ops.mul(output, ops.fromValues(c.upstream, output.shape))));
  await expectTensor(input.grad, c.grad_input);
  await expectTensor(weight?.grad ?? null, c.grad_weight);
  await expectTensor(bias?.grad ?? null, c.grad_bias);
  await expectTensor(runningMean, c.running_mean_after);
  await expectTensor(runningVar, c.running_var_after);
}

describeCasesWithRelease('F.batch_norm matches PyTorch', batchNormFixture.functional, runCase);

describe('batch statistics', () => {
  it('are recorded without history, so updating running stats never joins the graph', () => {
    const x = ops.fromValues([1, 2, 3, 5], [2, 2]).setRequiresGrad(true);
    const running = ops.zeros([2]);
    ops.batchNorm(x, running, ops.ones([2]), null, null, true);
    expect(running.gradFn).toBeNull();
    expect(running.requiresGrad).toBe(false);
  });

  it('normalize along any channel axis (Keras normalizes the last)', async () => {
    // Channel 0 holds 1 and 3 (mean 2, biased variance 1); channel 1 holds 2 and 6 (mean 4, variance 4).
    const { output, batch } = ops.normalizeChannels(ops.fromValues([1, 2, 3, 6], [2, 2]), -1, null, null, null, 0);
    expect(Array.from(await output.data())).toEqual([-1, -1, 1, 1]);
    if (batch === null) throw new Error('expected batch statistics');
    expect(Array.from(await batch.mean.data())).toEqual([2, 4]);
    expect(Array.from(await batch.variance.data())).toEqual([1, 4]);
    expect(batch.count).toBe(2);
  });
});
