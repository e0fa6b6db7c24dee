// Keras semantics the engine copies: Sequential builds from input_shape, Dense weights have Keras shapes and
// initialisers, fit/predict/evaluate follow Keras 3 (losses, metric choice, History keys, progress lines), and
// data of shape (N,) is treated as (N, 1) for a one-feature model.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineErrorOf } from '../test-support.ts';
import { crossEntropy } from '../ops/loss.ts';
import { fromValues, tensor } from '../ops/creation.ts';
import type { Tensor } from '../tensor.ts';
import { Dense } from './layers/dense.ts';
import { Dropout } from './layers/dropout.ts';
import { Flatten } from './layers/flatten.ts';
import { clearSession } from './naming.ts';
import { Adam, RMSprop, SGD } from './optimizers.ts';
import { EarlyStopping } from './callbacks.ts';
import { setWarningHandler } from '../warnings.ts';
import { progressLine, pyFixed } from './progbar.ts';
import { Sequential } from './sequential.ts';

const values = async (t: Tensor): Promise<number[]> => Array.from(await t.data());

/** The seed's classification data, as NumPy float64 arrays of shape (6,). */
const xc = (): Tensor => fromValues([1, 2, 3, 6, 7, 8], [6], 'float64');
const yc = (): Tensor => fromValues([0, 0, 0, 1, 1, 1], [6], 'float64');

function classifier(): Sequential {
  const model = new Sequential([new Dense(1, { activation: 'sigmoid', inputShape: [1] })]);
  model.compile({ optimizer: 'sgd', loss: 'binary_crossentropy', metrics: ['accuracy'] });
  return model;
}


beforeEach(() => clearSession());

describe('Sequential and Dense', () => {
  it('builds from input_shape: a (in, out) glorot-uniform kernel and a zero bias', async () => {
    const model = new Sequential([new Dense(3, { inputShape: [4] }), new Dense(1)]);
    const [kernel, bias, kernel2, bias2] = model.getWeights();
    expect([kernel.shape, bias.shape, kernel2.shape, bias2.shape]).toEqual([[4, 3], [3], [3, 1], [1]]);
    const limit = Math.sqrt(6 / (4 + 3));
    expect((await values(kernel)).every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(await values(bias)).toEqual([0, 0, 0]);
    expect(model.countParams()).toBe(4 * 3 + 3 + 3 + 1);
  });

  it('names layers and models as Keras does', () => {
    const a = new Dense(1);
    const b = new Dense(1);
    expect([a.name, b.name, new Sequential().name, new Sequential().name]).toEqual(['dense', 'dense_1', 'sequential', 'sequential_1']);
  });

  it('builds lazily from the first data when no input shape is given', async () => {
    const model = new Sequential([new Dense(2), new Flatten()]);
    expect(model.built).toBe(false);
    const out = model.call(tensor([[1, 2, 3]]));
    expect(out.shape).toEqual([1, 2]);
    expect(model.getWeights()[0].shape).toEqual([3, 2]);
  });

  it('rejects input with the wrong number of features, with Keras\' message', () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    const e = engineErrorOf(() => model.call(tensor([[1, 2]])));
    expect(e.pyType).toBe('ValueError');
    expect(e.message).toBe(
      'Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of input shape to have value 1, but received input with shape (1, 2)',
    );
  });

  it('checks set_weights against the weights\' count and shapes', () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    expect(engineErrorOf(() => model.setWeights([tensor([[1]])])).message).toContain('with a weight list of length 1, but the layer was expecting 2 weights');
    expect(engineErrorOf(() => model.setWeights([tensor([1, 2]), tensor([0])])).message).toBe(
      'Layer dense weight shape (1, 1) is not compatible with provided weight shape (2,).',
    );
  });
});

describe('fit', () => {
  it('logs the loss and the metric each epoch under Keras\' names, sorted', async () => {
    const model = classifier();
    model.setWeights([tensor([[0]]), tensor([0])]);
    const history = await model.fit(xc(), yc(), { epochs: 3, verbose: 0 });
    expect(Object.keys(history.history)).toEqual(['accuracy', 'loss']);
    expect(history.epoch).toEqual([0, 1, 2]);
    expect(history.params).toEqual({ verbose: 0, epochs: 3, steps: 1 });
    // From zero weights every probability is 0.5: the loss is ln 2, and 0.5 > 0.5 fails, so only the zeros count.
    expect(history.history.loss[0]).toBeCloseTo(Math.log(2), 6);
    expect(history.history.accuracy[0]).toBe(0.5);
  });

  it('treats (N,) labels against (N, 1) predictions as (N, 1), never broadcasting to (N, N)', async () => {
    const flat = new Sequential([new Dense(1, { inputShape: [1] })]);
    const column = new Sequential([new Dense(1, { inputShape: [1] })]);
    for (const m of [flat, column]) {
      m.compile({ optimizer: new SGD(0.01), loss: 'mse' });
      m.setWeights([tensor([[0.5]]), tensor([0.1])]);
    }
    const x = fromValues([1, 2, 3], [3], 'float64');
    const a = await flat.fit(x, fromValues([2, 4, 6], [3], 'float64'), { epochs: 2, verbose: 0 });
    const b = await column.fit(x, fromValues([2, 4, 6], [3, 1], 'float64'), { epochs: 2, verbose: 0 });
    expect(a.history.loss).toEqual(b.history.loss);
    // (0.5x + 0.1 − 2x)² averaged over x = 1, 2, 3.
    expect(a.history.loss[0]).toBeCloseTo(((1.4 ** 2) + (2.9 ** 2) + (4.4 ** 2)) / 3, 4);
  });

  it('prints Keras 3\'s progress lines: an Epoch header when epochs > 1, then the bar line', async () => {
    const lines: string[] = [];
    await classifier().fit(xc(), yc(), { epochs: 2 }, { print: (l) => lines.push(l) });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Epoch 1/2');
    expect(lines[1]).toMatch(/^1\/1 ━{20} \d+s \d+(ms|us|s)\/step - accuracy: \d\.\d{4} - loss: \d\.\d{4}$/);
    const single: string[] = [];
    await classifier().fit(xc(), yc(), { epochs: 1, verbose: 2 }, { print: (l) => single.push(l) });
    expect(single).toHaveLength(1);
    expect(single[0]).toMatch(/^1\/1 - \d+s - \d+(ms|us|s)\/step - accuracy: \d\.\d{4} - loss: \d\.\d{4}$/);
  });

  it('runs ceil(N / batch_size) steps per epoch, weighting the epoch loss by batch size', async () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.compile({ optimizer: new SGD(0), loss: 'mse' });
    model.setWeights([tensor([[1]]), tensor([0])]);
    const x = fromValues([1, 2, 3, 4, 5], [5, 1], 'float64');
    const y = fromValues([0, 0, 0, 0, 0], [5, 1], 'float64');
    const history = await model.fit(x, y, { epochs: 1, batchSize: 2, verbose: 0, shuffle: false });
    expect(history.params.steps).toBe(3);
    // With lr 0 the weights stay put: batch losses 2.5, 12.5, 25 weighted 2:2:1 give the plain mean, 11.
    expect(history.history.loss[0]).toBeCloseTo(11, 5);
  });

  it('holds out the last fraction for validation_split and logs val_ metrics', async () => {
    const model = classifier();
    const history = await model.fit(xc(), yc(), { epochs: 2, verbose: 0, validationSplit: 0.5 });
    expect(Object.keys(history.history)).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    const [valLoss, valAccuracy] = (await model.evaluate(fromValues([6, 7, 8], [3], 'float64'), fromValues([1, 1, 1], [3], 'float64'), { verbose: 0 })) as number[];
    expect(history.history.val_loss[1]).toBe(valLoss);
    expect(history.history.val_accuracy[1]).toBe(valAccuracy);
  });

  it('streams each epoch\'s logs to onEpochEnd', async () => {
    const seen: [number, Record<string, number>][] = [];
    await classifier().fit(xc(), yc(), { epochs: 3, verbose: 0 }, { onEpochEnd: (epoch, logs) => void seen.push([epoch, logs]) });
    expect(seen.map(([e]) => e)).toEqual([0, 1, 2]);
    expect(Object.keys(seen[0][1])).toEqual(['accuracy', 'loss']);
  });

  it('picks categorical accuracy and softmax crossentropy from logits for one-hot labels', async () => {
    const model = new Sequential([new Dense(3, { activation: 'softmax', inputShape: [2] })]);
    model.compile({ optimizer: 'adam', loss: 'categorical_crossentropy', metrics: ['accuracy'] });
    model.setWeights([tensor([[1, -1, 0.5], [0.25, 2, -1]]), tensor([0, 0.5, -0.5])]);
    const x = tensor([[1, 2], [-1, 0.5]]);
    const y = tensor([[0, 1, 0], [1, 0, 0]]);
    const logits = tensor([[1.5, 3.5, -2], [-0.875, 2.5, -1.5]]);
    const expected = await crossEntropy(logits, tensor([1, 0], 'int64')).item();
    const history = await model.fit(x, y, { epochs: 1, verbose: 0 });
    expect(history.history.loss[0]).toBeCloseTo(expected, 5);
    expect(history.history.accuracy[0]).toBe(0.5);
  });

  it('accepts integer class labels with sparse_categorical_crossentropy', async () => {
    const model = new Sequential([new Dense(3, { activation: 'softmax', inputShape: [2] })]);
    model.compile({ optimizer: 'adam', loss: 'sparse_categorical_crossentropy', metrics: ['accuracy'] });
    model.setWeights([tensor([[1, -1, 0.5], [0.25, 2, -1]]), tensor([0, 0.5, -0.5])]);
    const history = await model.fit(tensor([[1, 2], [-1, 0.5]]), fromValues([1, 0], [2], 'float64'), { epochs: 1, verbose: 0 });
    const expected = await crossEntropy(tensor([[1.5, 3.5, -2], [-0.875, 2.5, -1.5]]), tensor([1, 0], 'int64')).item();
    expect(history.history.loss[0]).toBeCloseTo(expected, 5);
    expect(history.history.accuracy[0]).toBe(0.5);
  });
});

describe('optimizers', () => {
  it('Adam\'s first step moves each weight by about the learning rate against the gradient sign', async () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.compile({ optimizer: new Adam(0.001), loss: 'mse' });
    model.setWeights([tensor([[1]]), tensor([0])]);
    await model.fit(tensor([[1]]), tensor([[3]]), { epochs: 1, verbose: 0 });
    const [kernel, bias] = model.getWeights();
    expect(await kernel.item()).toBeCloseTo(1.001, 6);
    expect(await bias.item()).toBeCloseTo(0.001, 6);
  });
});

describe('predict and evaluate', () => {
  it('predict returns float32 (N, units) and prints one progress line', async () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.setWeights([tensor([[2]]), tensor([0.5])]);
    const lines: string[] = [];
    const out = await model.predict(fromValues([10], [1, 1], 'int64'), {}, { print: (l) => lines.push(l) });
    expect(out.dtype).toBe('float32');
    expect(out.shape).toEqual([1, 1]);
    expect(await values(out)).toEqual([20.5]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^1\/1 ━{20} \d+s \d+(ms|us|s)\/step$/);
  });

  it('predict batches by 32 and keeps the sample order', async () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.setWeights([tensor([[1]]), tensor([0])]);
    const x = fromValues(Array.from({ length: 70 }, (_, i) => i), [70], 'float64');
    const out = await model.predict(x, { verbose: 0 });
    expect(out.shape).toEqual([70, 1]);
    expect(await values(out)).toEqual(Array.from({ length: 70 }, (_, i) => i));
  });

  it('evaluate returns the loss alone without metrics, else [loss, ...metrics]', async () => {
    const model = classifier();
    model.setWeights([tensor([[0]]), tensor([0])]);
    const [loss, accuracy] = (await model.evaluate(xc(), yc(), { verbose: 0 })) as number[];
    expect(loss).toBeCloseTo(Math.log(2), 6);
    expect(accuracy).toBe(0.5);
    const plain = new Sequential([new Dense(1, { inputShape: [1] })]);
    plain.compile({ optimizer: 'sgd', loss: 'mae' });
    plain.setWeights([tensor([[1]]), tensor([0])]);
    expect(await plain.evaluate(tensor([[1], [2]]), tensor([[0], [0]]), { verbose: 0 })).toBe(1.5);
  });

  it('dropout acts only in training', async () => {
    const model = new Sequential([new Dropout(0.5, { inputShape: [4] })]);
    expect(await values(model.call(tensor([[1, 2, 3, 4]])))).toEqual([1, 2, 3, 4]);
    const trained = await values(model.call(tensor([[1, 1, 1, 1]]), true));
    expect(trained.every((v) => v === 0 || v === 2)).toBe(true);
  });
});

describe('progress text', () => {
  it('formats numbers as Python does (ties to even), not as toFixed', () => {
    expect(pyFixed(0.03125, 4)).toBe('0.0312');
    expect(pyFixed(2.5, 0)).toBe('2');
    expect(pyFixed(37.48291015625, 4)).toBe('37.4829');
    expect(pyFixed(-0.00001, 4)).toBe('-0.0000');
  });

  it('switches small metric values to scientific notation', () => {
    const line = progressLine({ current: 3, target: 3, elapsedSeconds: 0.2, secondsPerStep: 0.0005, logs: [['loss', 0.00012345]], verbose: 1 });
    expect(line).toBe(`3/3 ${'━'.repeat(20)} 0s 500us/step - loss: 1.2345e-04`);
  });
});

describe('EarlyStopping', () => {
  const warnings: string[] = [];
  beforeEach(() => setWarningHandler((_category, message) => void warnings.push(message)));
  afterEach(() => {
    setWarningHandler(() => {});
    warnings.length = 0;
  });

  /** A model whose loss stays put (learning rate 0), so no epoch improves on the first. */
  function frozen(): Sequential {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.compile({ optimizer: new SGD(0), loss: 'mse', metrics: ['mae'] });
    model.setWeights([tensor([[1]]), tensor([0])]);
    return model;
  }
  const x = (): Tensor => tensor([[1], [2]]);
  const y = (): Tensor => tensor([[0], [1]]);

  it('stops once patience epochs pass without improvement, and says so when verbose', async () => {
    const printed: string[] = [];
    const history = await frozen().fit(x(), y(), { epochs: 10, verbose: 0, callbacks: [new EarlyStopping({ monitor: 'loss', patience: 2, verbose: 1 })] }, { print: (l) => printed.push(l) });
    expect(history.epoch).toEqual([0, 1, 2]);
    expect(printed).toEqual(['Epoch 3: early stopping']);
  });

  it('does not restart the wait for a best value that misses the baseline', async () => {
    const run = async (baseline: number | null): Promise<number[]> =>
      (await frozen().fit(x(), y(), { epochs: 10, verbose: 0, callbacks: [new EarlyStopping({ monitor: 'loss', patience: 2, baseline })] })).epoch;
    // The first epoch sets the best value; only without a baseline (or beating it) does the wait restart there.
    expect(await run(null)).toEqual([0, 1, 2]);
    expect(await run(0.01)).toEqual([0, 1]);
  });

  it('warns and carries on when the monitored value is not logged', async () => {
    const history = await frozen().fit(x(), y(), { epochs: 2, verbose: 0, callbacks: [new EarlyStopping()] });
    expect(history.epoch).toEqual([0, 1]);
    expect(warnings[0]).toBe('Early stopping conditioned on metric `val_loss` which is not available. Available metrics are: loss,mae');
  });

  it('needs a mode for a metric whose direction Keras cannot tell', async () => {
    const model = frozen();
    const fit = model.fit(x(), y(), { epochs: 2, verbose: 0, callbacks: [new EarlyStopping({ monitor: 'val_auc' })] });
    await expect(fit).rejects.toThrow("EarlyStopping callback received monitor=val_auc but Keras isn't able to automatically determine");
    const history = await frozen().fit(x(), y(), { epochs: 5, verbose: 0, callbacks: [new EarlyStopping({ monitor: 'mae', mode: 'max' })] });
    expect(history.epoch).toEqual([0, 1]);
  });
});

describe('apply_gradients', () => {
  afterEach(() => setWarningHandler(() => {}));

  it('skips variables without a gradient, with Keras\' warning, and needs at least one gradient', async () => {
    const messages: string[] = [];
    setWarningHandler((_c, m) => void messages.push(m));
    const a = tensor([1]).setRequiresGrad(true);
    const b = tensor([1]).setRequiresGrad(true);
    const optimizer = new SGD(0.5);
    optimizer.applyGradients([[tensor([2]), a], [null, b]], () => 'b');
    expect([await a.item(), await b.item(), optimizer.iterations]).toEqual([0, 1, 1]);
    expect(messages).toEqual([
      "Gradients do not exist for variables ['b'] when minimizing the loss. If using `model.compile()`, did you forget to provide a `loss` argument?",
    ]);
    expect(engineErrorOf(() => optimizer.applyGradients([[null, a]])).message).toBe('No gradients provided for any variable.');
  });

  it('counts its own variables once built: iterations, learning_rate and one slot per weight for RMSprop', () => {
    const w = tensor([[1, 2], [3, 4]]).setRequiresGrad(true);
    const optimizer = new RMSprop();
    expect(optimizer.stateSize()).toBeNull();
    optimizer.applyGradients([[tensor([[1, 1], [1, 1]]), w]]);
    expect(optimizer.stateSize()).toEqual({ count: 6, bytes: 28 });
  });
});

describe('get_weights', () => {
  it('returns copies that later training does not change', async () => {
    const model = new Sequential([new Dense(1, { inputShape: [1] })]);
    model.compile({ optimizer: new SGD(0.1), loss: 'mse' });
    model.setWeights([tensor([[1]]), tensor([0])]);
    const [before] = model.getWeights();
    await model.fit(tensor([[1]]), tensor([[3]]), { epochs: 1, verbose: 0 });
    expect(await before.item()).toBe(1);
    expect(await model.getWeights()[0].item()).not.toBe(1);
  });
});
