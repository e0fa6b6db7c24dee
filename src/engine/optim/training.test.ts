// Training matches PyTorch over a long run: a 2-layer MLP takes 100 full-batch steps with each optimizer and
// loss from explicit initial weights, and every step's loss and the final parameters equal PyTorch's to 1e-4
// relative (tests/fixtures/training.json, from tests/oracle/training.py).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { noGrad } from '../autograd/grad-mode.ts';
import { ReLU, Sigmoid, Tanh } from '../nn/activation.ts';
import { Sequential } from '../nn/container.ts';
import { Linear } from '../nn/linear.ts';
import { BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, MSELoss } from '../nn/loss.ts';
import type { Module } from '../nn/module.ts';
import { fromValues, tensor } from '../ops/creation.ts';
import { copy_ } from '../ops/inplace.ts';
import type { Tensor } from '../tensor.ts';
import { Adagrad, type AdagradOptions } from './adagrad.ts';
import { Adam, type AdamOptions } from './adam.ts';
import type { Optimizer, ParamGroup } from './optimizer.ts';
import { SGD, type SGDOptions } from './sgd.ts';

type LossName = 'mse' | 'bce_with_logits' | 'bce' | 'cross_entropy';

interface Weights {
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
}

interface Run {
  optimizer: 'SGD' | 'Adam' | 'Adagrad';
  options: Record<string, number | boolean>;
  loss: LossName;
  activation: 'tanh' | 'relu';
  initial: Weights;
  losses: number[];
  final: { w1: number[]; b1: number[]; w2: number[]; b2: number[] };
}

interface Fixture {
  steps: number;
  x: number[][];
  targets: { regression: number[][]; binary: number[][]; classes: number[] };
  runs: Run[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/training.json', import.meta.url), 'utf8')) as Fixture;

function target(loss: LossName): Tensor {
  if (loss === 'cross_entropy') return fromValues(fixture.targets.classes, [fixture.targets.classes.length], 'int64');
  return tensor(loss === 'mse' ? fixture.targets.regression : fixture.targets.binary);
}

function criterion(loss: LossName): Module {
  switch (loss) {
    case 'mse':
      return new MSELoss();
    case 'bce_with_logits':
      return new BCEWithLogitsLoss();
    case 'bce':
      return new BCELoss();
    case 'cross_entropy':
      return new CrossEntropyLoss();
  }
}

function optimizerFor(run: Run, params: Tensor[]): Optimizer<ParamGroup> {
  switch (run.optimizer) {
    case 'SGD':
      return new SGD(params, run.options as SGDOptions);
    case 'Adam':
      return new Adam(params, run.options as AdamOptions);
    case 'Adagrad':
      return new Adagrad(params, run.options as AdagradOptions);
  }
}

/** Linear(3, 6) → activation → Linear(6, k) [→ Sigmoid for BCELoss], from the run's initial weights. */
function mlp(run: Run): { model: Sequential; first: Linear; second: Linear } {
  const first = new Linear(3, 6);
  const second = new Linear(6, run.initial.w2.length);
  const layers: Module[] = [first, run.activation === 'tanh' ? new Tanh() : new ReLU(), second];
  if (run.loss === 'bce') layers.push(new Sigmoid());
  noGrad(() => {
    copy_(first.weight, tensor(run.initial.w1));
    copy_(first.bias as Tensor, tensor(run.initial.b1));
    copy_(second.weight, tensor(run.initial.w2));
    copy_(second.bias as Tensor, tensor(run.initial.b2));
  });
  return { model: new Sequential(layers), first, second };
}

function expectRelativelyClose(actual: ArrayLike<number>, expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i] - expected[i]) / Math.abs(expected[i]);
    expect(error, `${what}[${i}]: ${actual[i]} vs PyTorch's ${expected[i]}`).toBeLessThanOrEqual(1e-4);
  }
}

const describeRun = (r: Run): string => `${r.optimizer}(${JSON.stringify(r.options)}) on ${r.loss}, ${r.activation} MLP`;

describe(`${fixture.steps} training steps match PyTorch`, () => {
  for (const run of fixture.runs) {
    it(describeRun(run), async () => {
      const { model, first, second } = mlp(run);
      const x = tensor(fixture.x);
      const y = target(run.loss);
      const loss = criterion(run.loss);
      const optimizer = optimizerFor(run, model.parameters());
      const losses: number[] = [];
      for (let step = 0; step < fixture.steps; step++) {
        optimizer.zeroGrad();
        const value = loss.call(model.call(x), y);
        backward(value);
        optimizer.step();
        losses.push(await value.item());
      }
      expectRelativelyClose(losses, run.losses, 'loss');
      expectRelativelyClose(await first.weight.data(), run.final.w1, 'w1');
      expectRelativelyClose(await (first.bias as Tensor).data(), run.final.b1, 'b1');
      expectRelativelyClose(await second.weight.data(), run.final.w2, 'w2');
      expectRelativelyClose(await (second.bias as Tensor).data(), run.final.b2, 'b2');
    });
  }
});
