// The walking skeleton's acceptance test: the seed's regression (x = 1..5, y = 2x) trained from weight 0.5 and
// bias 0.1 with MSE and SGD(0.01) gives PyTorch's 200 losses (tests/fixtures/regression_losses.json, from
// tests/oracle/regression_losses.py), both as a PyTorch-style loop and through Keras fit.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from './autograd/backward.ts';
import { noGrad } from './autograd/grad-mode.ts';
import { Dense } from './keras/layers/dense.ts';
import { Sequential as KerasSequential } from './keras/sequential.ts';
import { MSELoss } from './nn/loss.ts';
import { Linear } from './nn/linear.ts';
import { fromValues, tensor } from './ops/creation.ts';
import { fill_ } from './ops/inplace.ts';
import { SGD } from './optim/sgd.ts';
import type { Tensor } from './tensor.ts';

const fixture = JSON.parse(readFileSync(new URL('../../tests/fixtures/regression_losses.json', import.meta.url), 'utf8')) as {
  x: number[];
  y: number[];
  initial_weight: number;
  initial_bias: number;
  lr: number;
  losses: number[];
  final_weight: number;
  final_bias: number;
};

function expectRelativelyClose(actual: readonly number[], expected: readonly number[], tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]) / Math.abs(expected[i])).toBeLessThanOrEqual(tolerance));
}

describe('seed regression: 200 SGD steps', () => {
  it('a PyTorch-style loop (nn.Linear, MSELoss, optim.SGD) reproduces PyTorch\'s losses to 1e-5', async () => {
    const x = fromValues(fixture.x, [5, 1]);
    const y = fromValues(fixture.y, [5, 1]);
    const model = new Linear(1, 1);
    noGrad(() => {
      fill_(model.weight, fixture.initial_weight);
      fill_(model.bias as Tensor, fixture.initial_bias);
    });
    const criterion = new MSELoss();
    const optimizer = new SGD(model.parameters(), { lr: fixture.lr });
    const losses: number[] = [];
    for (let epoch = 0; epoch < 200; epoch++) {
      optimizer.zeroGrad();
      const loss = criterion.call(model.call(x), y);
      backward(loss);
      optimizer.step();
      losses.push(await loss.item());
    }
    expectRelativelyClose(losses, fixture.losses, 1e-5);
    expectRelativelyClose([await model.weight.item(), await (model.bias as Tensor).item()], [fixture.final_weight, fixture.final_bias], 1e-5);
  });

  it('Keras fit (Dense(1), sgd, mean_squared_error, one batch of 5) reproduces the same losses to 1e-5', async () => {
    const model = new KerasSequential([new Dense(1, { inputShape: [1] })]);
    model.compile({ optimizer: 'sgd', loss: 'mean_squared_error' });
    model.setWeights([tensor([[fixture.initial_weight]]), tensor([fixture.initial_bias])]);
    // NumPy float64 arrays of shape (5,), as the seed program passes them.
    const x = fromValues(fixture.x, [5], 'float64');
    const y = fromValues(fixture.y, [5], 'float64');
    const history = await model.fit(x, y, { epochs: 200, verbose: 0 });
    expect(Object.keys(history.history)).toEqual(['loss']);
    expectRelativelyClose(history.history.loss, fixture.losses, 1e-5);
  });
});
