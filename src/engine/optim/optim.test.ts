// Every optimizer configuration follows PyTorch's update rule: five steps of Linear(3, 2) on a fixed batch give
// PyTorch's losses and final weights (tests/fixtures/nn_optim.json, from tests/oracle/nn_optim.py).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { noGrad } from '../autograd/grad-mode.ts';
import { EngineError } from '../errors.ts';
import { Linear } from '../nn/linear.ts';
import { tensor } from '../ops/creation.ts';
import { copy_ } from '../ops/inplace.ts';
import { mseLoss } from '../ops/loss.ts';
import type { Tensor } from '../tensor.ts';
import { Adam, AdamW, type AdamOptions } from './adam.ts';
import type { Optimizer, ParamGroup } from './optimizer.ts';
import { RMSprop, type RMSpropOptions } from './rmsprop.ts';
import { SGD, type SGDOptions } from './sgd.ts';

interface Run {
  optimizer: 'SGD' | 'Adam' | 'AdamW' | 'RMSprop';
  options: Record<string, number | boolean | number[]>;
  losses: number[];
  weight: number[];
  bias: number[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/nn_optim.json', import.meta.url), 'utf8')) as { optimizers: Run[] };

const X = tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.75], [0.125, -0.375, 1.25]]);
const Y = tensor([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.25], [0.0, 1.0]]);

function build(run: Run, params: Tensor[]): Optimizer<ParamGroup> {
  const o = run.options;
  switch (run.optimizer) {
    case 'SGD':
      return new SGD(params, o as SGDOptions);
    case 'Adam':
    case 'AdamW': {
      const options = o as AdamOptions;
      return run.optimizer === 'Adam' ? new Adam(params, options) : new AdamW(params, options);
    }
    case 'RMSprop':
      return new RMSprop(params, o as RMSpropOptions);
  }
}

const describeRun = (r: Run): string => `${r.optimizer}(${JSON.stringify(r.options)})`;

function close(actual: readonly number[], expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(2e-6 * Math.max(1, Math.abs(expected[i]))));
}

describe('optimizers match PyTorch step for step', () => {
  for (const run of fixture.optimizers) {
    it(describeRun(run), async () => {
      const model = new Linear(3, 2);
      noGrad(() => {
        copy_(model.weight, tensor([[0.25, -0.5, 0.125], [0.75, 0.5, -0.25]]));
        copy_(model.bias as Tensor, tensor([0.1, -0.2]));
      });
      const optimizer = build(run, model.parameters());
      const losses: number[] = [];
      for (let step = 0; step < 5; step++) {
        optimizer.zeroGrad();
        const loss = mseLoss(model.call(X), Y);
        backward(loss);
        optimizer.step();
        losses.push(await loss.item());
      }
      close(losses, run.losses);
      close(Array.from(await model.weight.data()), run.weight);
      close(Array.from(await (model.bias as Tensor).data()), run.bias);
    });
  }
});

describe('optimizer API', () => {
  it('exposes param groups with PyTorch\'s keys, and a changed lr takes effect', async () => {
    const w = tensor([1]).setRequiresGrad(true);
    const optimizer = new SGD([w], { lr: 0.1 });
    expect(optimizer.paramGroups[0]).toMatchObject({ lr: 0.1, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false });
    optimizer.paramGroups[0].lr = 0.5;
    backward(w);
    optimizer.step();
    expect(await w.item()).toBe(0.5);
  });

  it('skips parameters without a gradient', async () => {
    const a = tensor([1]).setRequiresGrad(true);
    const b = tensor([1]).setRequiresGrad(true);
    const optimizer = new SGD([a, b], { lr: 1 });
    backward(a);
    optimizer.step();
    expect([await a.item(), await b.item()]).toEqual([0, 1]);
  });

  it('rejects an empty parameter list and a negative learning rate, as PyTorch', () => {
    expect(() => new SGD([], { lr: 0.1 })).toThrow(new EngineError('ValueError', 'optimizer got an empty parameter list'));
    expect(() => new SGD([tensor([1]).setRequiresGrad(true)], { lr: -1 })).toThrow('Invalid learning rate: -1');
  });

  it('zero_grad(set_to_none=False) keeps zeroed gradient tensors', async () => {
    const w = tensor([2]).setRequiresGrad(true);
    const optimizer = new Adam([w]);
    backward(w);
    optimizer.zeroGrad(false);
    expect(await (w.grad as Tensor).item()).toBe(0);
  });
});
