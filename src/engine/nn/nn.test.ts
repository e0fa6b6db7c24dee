// torch.nn as learners meet it: print(model) text, parameter naming and order, train/eval, state_dict, and the
// seed's two PyTorch programs from Tandem's starting seed, 67280421310721 (tests/fixtures/nn_optim.json, from
// tests/oracle/nn_optim.py).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import { EngineError } from '../errors.ts';
import { div } from '../ops/arithmetic.ts';
import { eq } from '../ops/compare.ts';
import { tensor } from '../ops/creation.ts';
import { pyScalar } from '../ops/scalar.ts';
import { sum } from '../ops/reduce.ts';
import { round, sigmoid } from '../ops/unary.ts';
import { DEFAULT_SEED } from '../random/generator.ts';
import { manualSeed } from '../random/sampling.ts';
import { SGD } from '../optim/sgd.ts';
import type { Tensor } from '../tensor.ts';
import { ELU, GELU, Hardtanh, LeakyReLU, LogSoftmax, ReLU, ReLU6, SiLU, Sigmoid, Softmax, Softplus, Tanh } from './activation.ts';
import { Sequential } from './container.ts';
import { Dropout } from './dropout.ts';
import { Flatten } from './flatten.ts';
import { Identity, Linear } from './linear.ts';
import { BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, MSELoss, NLLLoss } from './loss.ts';
import { Module, parameter } from './module.ts';

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/nn_optim.json', import.meta.url), 'utf8')) as {
  reprs: Record<string, string>;
  names: { named_parameters: string[]; state_dict: string[]; children: string[]; modules: string[] };
  pytorch_regression: { losses: number[]; prediction_at_10: number };
  pytorch_classification: { accuracies: number[]; losses: number[] };
};

/** A learner's `class SimpleModel(nn.Module)` as the interpreter backs it: a named Module it fills by setattr. */
function simpleModel(): Module {
  const m = new Module('SimpleModel');
  m.addModule('linear', new Linear(1, 1));
  return m;
}

function net(): Module {
  const m = new Module('Net');
  m.addModule('body', new Sequential([new Linear(4, 8), new ReLU(), new Dropout(0.25), new Linear(8, 3, false)]));
  m.addModule('head', new Softmax(1));
  return m;
}

function relClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected[i]))));
}

describe('print(model)', () => {
  it('lays out a learner\'s module with its child as PyTorch does', () => {
    expect(simpleModel().repr()).toBe(fixture.reprs.simple_model);
  });

  it('indents nested containers', () => {
    expect(net().repr()).toBe(fixture.reprs.net);
  });

  it('prints every module\'s extra_repr as PyTorch does', () => {
    const zoo = new Sequential([
      new Linear(2, 3), new ReLU(), new Dropout(0.2), new Softmax(1), new LeakyReLU(), new GELU(), new ELU(),
      new Flatten(), new Sequential([new Tanh(), new Sigmoid()]), new MSELoss(), new CrossEntropyLoss(),
      new BCEWithLogitsLoss(), new LogSoftmax(-1), new Identity(), new SiLU(), new Hardtanh(), new ReLU6(),
      new Dropout(1e-5), new LeakyReLU(0.2), new Softmax(), new Softplus(), new L1Loss(), new NLLLoss(), new BCELoss(),
    ]);
    expect(zoo.repr()).toBe(fixture.reprs.sequential_zoo);
  });
});

describe('parameters and submodules', () => {
  it('names parameters, state_dict keys, children and modules in PyTorch\'s order', () => {
    const m = net();
    expect(m.namedParameters().map(([n]) => n)).toEqual(fixture.names.named_parameters);
    expect([...m.stateDict().keys()]).toEqual(fixture.names.state_dict);
    expect(m.children().map((c) => c.typeName)).toEqual(fixture.names.children);
    expect(m.modules().map((c) => c.typeName)).toEqual(fixture.names.modules);
  });

  it('lists a shared parameter once', () => {
    const shared = new Linear(2, 2);
    const m = new Module('Tied');
    m.addModule('a', shared);
    m.addModule('b', shared);
    expect(m.parameters()).toHaveLength(2);
  });

  it('marks parameters: leaves that require grad', () => {
    const p = parameter(tensor([1, 2]));
    expect([p.isParameter, p.isLeaf, p.requiresGrad]).toEqual([true, true, true]);
    expect(() => new Module('M').registerParameter('w', tensor([1]))).toThrow(EngineError);
  });

  it('switches train/eval recursively, and dropout follows it', async () => {
    const m = net();
    m.eval();
    expect(m.modules().every((c) => !c.training)).toBe(true);
    const drop = new Dropout(0.5).eval();
    expect(Array.from(await drop.call(tensor([1, 2, 3])).data())).toEqual([1, 2, 3]);
    m.train();
    expect(m.modules().every((c) => c.training)).toBe(true);
  });

  it('raises PyTorch\'s error for a module without forward', () => {
    const e = (() => {
      try {
        new Module('Empty').call(tensor([1]));
      } catch (err) {
        return err as EngineError;
      }
      return null;
    })();
    expect(e?.pyType).toBe('NotImplementedError');
    expect(e?.message).toBe('Module [Empty] is missing the required "forward" function');
  });

  it('loads a state_dict into another model and rejects a missing key', async () => {
    const a = new Linear(2, 1);
    const b = new Linear(2, 1);
    b.loadStateDict(a.stateDict());
    expect(Array.from(await b.weight.data())).toEqual(Array.from(await a.weight.data()));
    const partial = new Map([['weight', a.weight]]);
    expect(() => b.loadStateDict(partial)).toThrow('Missing key(s) in state_dict: "bias".');
  });

  it('zero_grad sets gradients to None by default', () => {
    const m = new Linear(2, 1);
    backward(sum(m.call(tensor([[1, 2]]))));
    expect(m.weight.grad).not.toBeNull();
    m.zeroGrad();
    expect(m.weight.grad).toBeNull();
  });
});

describe('the seed\'s PyTorch programs from the starting seed', () => {
  it('pytorch_regression.py: SimpleModel, MSELoss, SGD(0.01), 200 epochs', async () => {
    manualSeed(DEFAULT_SEED);
    const x = tensor([[1], [2], [3], [4], [5]]);
    const y = tensor([[2], [4], [6], [8], [10]]);
    const model = simpleModel();
    const linear = model._modules.get('linear') as Linear;
    const criterion = new MSELoss();
    const optimizer = new SGD(model.parameters(), { lr: 0.01 });
    const losses: number[] = [];
    for (let epoch = 0; epoch < 200; epoch++) {
      optimizer.zeroGrad();
      const loss = criterion.call(linear.call(x), y);
      backward(loss);
      optimizer.step();
      losses.push(await loss.item());
    }
    relClose(losses, fixture.pytorch_regression.losses);
    relClose([await linear.call(tensor([[10]])).item()], [fixture.pytorch_regression.prediction_at_10]);
  });

  it('pytorch_classification.py: Linear, BCEWithLogitsLoss, SGD(0.01), accuracy from round(sigmoid)', async () => {
    manualSeed(DEFAULT_SEED);
    const x = tensor([[1], [2], [3], [6], [7], [8]]);
    const y = tensor([[0], [0], [0], [1], [1], [1]]);
    const model = new Linear(1, 1);
    const criterion = new BCEWithLogitsLoss();
    const optimizer = new SGD(model.parameters(), { lr: 0.01 });
    const accuracies: number[] = [];
    const losses: number[] = [];
    for (let epoch = 0; epoch < 100; epoch++) {
      optimizer.zeroGrad();
      const output = model.call(x);
      const loss = criterion.call(output, y);
      backward(loss);
      optimizer.step();
      const correct = sum(eq(round(sigmoid(output)), y));
      const accuracy: Tensor = div(correct, pyScalar(y.shape[0], 'int'));
      expect(accuracy.dtype).toBe('float32');
      accuracies.push(await accuracy.item());
      losses.push(await loss.item());
    }
    expect(accuracies).toEqual(fixture.pytorch_classification.accuracies);
    relClose(losses, fixture.pytorch_classification.losses);
  });
});
