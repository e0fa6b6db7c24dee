// Keras fit equals Keras' own computation from fixed initial weights (tests/fixtures/keras_fit.json, from
// tests/oracle/keras_fit.py, which writes Keras 3's rules out in PyTorch): batches smaller than the data with a
// smaller last batch, validation_split taking the last rows, the epoch loss weighted by batch size, 'accuracy'
// resolved to binary / categorical / sparse accuracy, the optimizers' Keras defaults, and EarlyStopping.

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { tensor } from '../ops/creation.ts';
import type { Tensor } from '../tensor.ts';
import { EarlyStopping, type EarlyStoppingOptions } from './callbacks.ts';
import { Dense } from './layers/dense.ts';
import { clearSession } from './naming.ts';
import { Adam, RMSprop, SGD, type KerasOptimizer } from './optimizers.ts';
import { Sequential } from './sequential.ts';

interface Case {
  name: string;
  x: number[][];
  y: number[] | number[][];
  layers: { kernel: number[][]; bias: number[]; activation: string }[];
  compile: { optimizer: { name: 'sgd' | 'adam' | 'rmsprop'; options?: Record<string, number> }; loss: string; metrics: string[] };
  fit: { epochs: number; batch_size: number; validation_split: number };
  early_stopping?: { monitor: string; patience: number; verbose: number; min_delta?: number; restore_best_weights?: boolean };
  history: Record<string, number[]>;
  final_weights: number[][];
  printed: string[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/keras_fit.json', import.meta.url), 'utf8')) as { cases: Case[] };

/** An optimizer object as the learner would write it, or the compile() string with Keras' defaults. */
function optimizerOf(spec: Case['compile']['optimizer']): string | KerasOptimizer {
  const o = spec.options;
  if (o === undefined) return spec.name;
  switch (spec.name) {
    case 'sgd':
      return new SGD(o.learning_rate, o.momentum ?? 0, false);
    case 'adam':
      return new Adam(o.learning_rate);
    case 'rmsprop':
      return new RMSprop(o.learning_rate);
  }
}

function earlyStoppingOf(spec: NonNullable<Case['early_stopping']>): EarlyStopping {
  const options: EarlyStoppingOptions = {
    monitor: spec.monitor,
    patience: spec.patience,
    verbose: spec.verbose,
    minDelta: spec.min_delta,
    restoreBestWeights: spec.restore_best_weights,
  };
  return new EarlyStopping(options);
}

function expectRelativelyClose(actual: readonly number[] | Float32Array, expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  expected.forEach((want, i) => {
    const error = Math.abs(actual[i] - want) / Math.max(Math.abs(want), 1e-6);
    expect(error, `${what}[${i}]: ${actual[i]} vs ${want}`).toBeLessThanOrEqual(1e-4);
  });
}

beforeEach(() => clearSession());

describe('Keras fit matches Keras\' computation', () => {
  for (const c of fixture.cases) {
    it(c.name, async () => {
      const model = new Sequential(c.layers.map((l, i) => new Dense(l.bias.length, { activation: l.activation, inputShape: i === 0 ? [l.kernel.length] : undefined })));
      model.setWeights(c.layers.flatMap((l) => [tensor(l.kernel), tensor(l.bias)]));
      model.compile({ optimizer: optimizerOf(c.compile.optimizer), loss: c.compile.loss, metrics: c.compile.metrics });
      const printed: string[] = [];
      const history = await model.fit(
        tensor(c.x),
        tensor(c.y),
        {
          epochs: c.fit.epochs,
          batchSize: c.fit.batch_size,
          validationSplit: c.fit.validation_split,
          shuffle: false,
          verbose: 0,
          callbacks: c.early_stopping === undefined ? [] : [earlyStoppingOf(c.early_stopping)],
        },
        { print: (line) => printed.push(line) },
      );
      expect(Object.keys(history.history).sort()).toEqual(Object.keys(c.history).sort());
      for (const [key, values] of Object.entries(c.history)) expectRelativelyClose(history.history[key], values, key);
      const weights: Tensor[] = model.getWeights();
      for (const [i, w] of weights.entries()) expectRelativelyClose(Array.from(await w.data()), c.final_weights[i], `weight ${i}`);
      expect(printed).toEqual(c.printed);
    });
  }
});
