// keras.layers.BatchNormalization: gamma/beta trainable and moving_mean/moving_variance not (summary counts them
// apart); fit normalizes with each batch's statistics and moves the moving ones as Keras does,
// moving·momentum + batch·(1 − momentum) with the biased variance, here recomputed by hand from the same batches;
// inference normalizes with the moving statistics.

import { beforeEach, describe, expect, it } from 'vitest';
import { beginOwnership } from '../../memory/ownership.ts';
import { fromValues } from '../../ops/creation.ts';
import type { Tensor } from '../../tensor.ts';
import { clearSession } from '../naming.ts';
import { Sequential } from '../sequential.ts';
import { BatchNormalization } from './batchnorm.ts';
import { Dense } from './dense.ts';

beforeEach(() => clearSession());

async function expectValues(t: Tensor, expected: readonly number[]): Promise<void> {
  const values = Array.from(await t.data());
  expect(values.length).toBe(expected.length);
  expected.forEach((want, i) => expect(Math.abs(values[i] - want), `element ${i}: ${values[i]} vs ${want}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want))));
}

/** Per-feature mean and biased variance of rows. */
function moments(rows: readonly number[][]): { mean: number[]; variance: number[] } {
  const n = rows.length;
  const mean = rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / n);
  const variance = mean.map((m, j) => rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / n);
  return { mean, variance };
}

describe('BatchNormalization', () => {
  it('counts gamma and beta as trainable and the moving statistics as non-trainable (16 features: 64 params, 32 not trainable)', () => {
    const model = new Sequential([new Dense(16, { inputShape: [4] }), new BatchNormalization(), new Dense(1)]);
    const lines = model.summary().split('\n');
    // The name and class do not fit the column on one line: rich wraps the class onto the next.
    const row = lines.findIndex((l) => l.includes('batch_normalization'));
    expect(lines.slice(row, row + 2)).toEqual([
      '│ batch_normalization             │ (None, 16)             │            64 │',
      '│ (BatchNormalization)            │                        │               │',
    ]);
    expect(lines.slice(-3)).toEqual([' Total params: 161 (644.00 B)', ' Trainable params: 129 (516.00 B)', ' Non-trainable params: 32 (128.00 B)']);
    const bn = model.layers[1] as BatchNormalization;
    expect(bn.weightRecords.map((w) => [w.name, w.trainable, w.value.requiresGrad])).toEqual([
      ['gamma', true, true],
      ['beta', true, true],
      ['moving_mean', false, false],
      ['moving_variance', false, false],
    ]);
  });

  it('moves the moving statistics by each fit batch, with the biased variance, and predicts with them', async () => {
    const endRun = beginOwnership();
    try {
      const rows = [[1, 10], [2, 14], [4, 9], [7, 11], [0, 12], [3, 8], [5, 15], [6, 13]];
      const targets = [[1], [0], [1], [0], [1], [1], [0], [0]];
      const x = fromValues(rows.flat(), [8, 2]);
      const y = fromValues(targets.flat(), [8, 1]);
      const bn = new BatchNormalization({ inputShape: [2] });
      const model = new Sequential([bn, new Dense(1)]);
      model.compile({ optimizer: 'sgd', loss: 'mse' });
      await model.fit(x, y, { epochs: 3, batchSize: 3, shuffle: false, verbose: 0 });

      // Batches of 3, 3 and 2 rows, three times over: the layer's input is the data itself.
      let movingMean = [0, 0];
      let movingVariance = [1, 1];
      for (let epoch = 0; epoch < 3; epoch++) {
        for (const batch of [rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)]) {
          const { mean, variance } = moments(batch);
          movingMean = movingMean.map((m, j) => m * 0.99 + mean[j] * (1 - 0.99));
          movingVariance = movingVariance.map((v, j) => v * 0.99 + variance[j] * (1 - 0.99));
        }
      }
      const [gamma, beta, mean, variance] = bn.weights;
      await expectValues(mean, movingMean);
      await expectValues(variance, movingVariance);
      expect(mean.gradFn).toBeNull();

      // Inference: (x − moving_mean) / √(moving_variance + 0.001) · gamma + beta, whatever the batch.
      const g = Array.from(await gamma.data());
      const b = Array.from(await beta.data());
      const expected = rows.slice(0, 2).flatMap((r) => r.map((v, j) => ((v - movingMean[j]) / Math.sqrt(movingVariance[j] + 1e-3)) * g[j] + b[j]));
      await expectValues(bn.apply(fromValues(rows.slice(0, 2).flat(), [2, 2])), expected);
    } finally {
      endRun();
    }
  });

  it('normalizes a training batch with its own statistics, and not when frozen (trainable = false)', async () => {
    const bn = new BatchNormalization({ epsilon: 0 });
    const x = fromValues([1, 2, 3, 6], [2, 2]);
    await expectValues(bn.apply(x, true), [-1, -1, 1, 1]);
    bn.trainable = false;
    // Frozen: the moving statistics normalize, and stay where they were.
    const m = Array.from(await (bn.movingMean as Tensor).data());
    const v = Array.from(await (bn.movingVariance as Tensor).data());
    await expectValues(bn.apply(x, true), [1, 2, 3, 6].map((val, i) => (val - m[i % 2]) / Math.sqrt(v[i % 2])));
    await expectValues(bn.movingMean as Tensor, m);
  });

  it('refuses an input whose feature axis has another size', () => {
    const bn = new BatchNormalization();
    bn.apply(fromValues([1, 2, 3, 4], [2, 2]));
    expect(() => bn.apply(fromValues([1, 2, 3], [1, 3]))).toThrow(
      'Input 0 of layer "batch_normalization" is incompatible with the layer: expected axis -1 of input shape to have value 2, but received input with shape (1, 3)',
    );
  });
});
