// keras.layers.Embedding and GlobalAveragePooling1D as Keras 3 defines them: a (input_dim, output_dim) table
// drawn U(−0.05, 0.05), (batch, seq) ids → (batch, seq, output_dim), then the mean over the sequence; together
// with Dense they make Keras' canonical text classifier, which must learn.

import { beforeEach, describe, expect, it } from 'vitest';
import { backward } from '../../autograd/backward.ts';
import { fromValues } from '../../ops/creation.ts';
import { sum } from '../../ops/reduce.ts';
import { setKerasSeed } from '../../random/keras-generator.ts';
import type { Tensor } from '../../tensor.ts';
import { engineErrorOf } from '../../test-support.ts';
import { clearSession } from '../naming.ts';
import { Adam } from '../optimizers.ts';
import { Sequential } from '../sequential.ts';
import { Dense } from './dense.ts';
import { Embedding } from './embedding.ts';
import { GlobalAveragePooling1D } from './globalPooling.ts';

beforeEach(() => {
  clearSession();
  setKerasSeed(0);
});

describe('keras.layers.Embedding', () => {
  it('draws its (input_dim, output_dim) table from U(-0.05, 0.05), not all alike', async () => {
    const layer = new Embedding(50, 8);
    layer.build([null, 3]);
    const table = layer.embeddings as Tensor;
    expect(table.shape).toEqual([50, 8]);
    expect(layer.weightRecords.map((w) => w.name)).toEqual(['embeddings']);
    expect(layer.countParams()).toBe(400);
    const values = Array.from(await table.data());
    expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(0.05);
    expect(new Set(values).size).toBe(400);
  });

  it('maps (batch, seq) ids to (batch, seq, output_dim) rows, float ids cast to integers as Keras does', async () => {
    const layer = new Embedding(3, 2, { embeddingsInitializer: 'ones' });
    const ids = fromValues([2, 0, 1, 2], [2, 2]);
    expect(ids.dtype).toBe('float32');
    const out = layer.apply(ids);
    expect(out.shape).toEqual([2, 2, 2]);
    expect(Array.from(await out.data())).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(layer.computeOutputShape([null, 7])).toEqual([null, 7, 2]);
  });

  it('sums the gradient of a row looked up more than once', async () => {
    const layer = new Embedding(3, 1, { embeddingsInitializer: 'zeros' });
    backward(sum(layer.apply(fromValues([2, 2, 0], [1, 3], 'int64'))));
    expect(Array.from(await ((layer.embeddings as Tensor).grad as Tensor).data())).toEqual([1, 0, 2]);
  });

  it('rejects a non-positive size and mask_zero, which Tandem does not implement', () => {
    expect(engineErrorOf(() => new Embedding(0, 4)).message).toBe('Received an invalid value for `input_dim`, expected a positive integer. Received: input_dim=0');
    expect(engineErrorOf(() => new Embedding(10, 4, { maskZero: true })).pyType).toBe('NotImplementedError');
  });
});

describe('keras.layers.GlobalAveragePooling1D', () => {
  it('averages over the steps axis: (batch, steps, features) → (batch, features)', async () => {
    const x = fromValues([1, 2, 3, 4, 5, 6, 0, 0, 2, 2, 4, 4], [2, 3, 2]);
    const pool = new GlobalAveragePooling1D();
    expect(Array.from(await pool.apply(x).data())).toEqual([3, 4, 2, 2]);
    expect(pool.computeOutputShape([null, 3, 2])).toEqual([null, 2]);
    expect(pool.countParams()).toBe(0);
  });

  it('averages the last axis for channels_first, and keeps it as 1 with keepdims', async () => {
    const x = fromValues([1, 3, 5, 7], [1, 2, 2]);
    const first = new GlobalAveragePooling1D({ dataFormat: 'channels_first', keepdims: true });
    const out = first.apply(x);
    expect(out.shape).toEqual([1, 2, 1]);
    expect(Array.from(await out.data())).toEqual([2, 6]);
    expect(first.computeOutputShape([null, 2, 5])).toEqual([null, 2, 1]);
  });

  it('needs a 3-D input', () => {
    expect(engineErrorOf(() => new GlobalAveragePooling1D().apply(fromValues([1, 2], [1, 2]))).message).toBe(
      'Input 0 of layer "global_average_pooling1d" is incompatible with the layer: expected ndim=3, found ndim=2. Full shape received: (1, 2)',
    );
  });
});

describe('Embedding → GlobalAveragePooling1D → Dense', () => {
  const textModel = (): Sequential =>
    new Sequential([new Embedding(10, 4), new GlobalAveragePooling1D(), new Dense(1, { activation: 'sigmoid' })], { inputShape: [5] });

  it('summarizes with (None, seq, dim) after the Embedding', () => {
    expect(textModel().summary()).toBe(
      [
        'Model: "sequential"',
        '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓',
        '┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃',
        '┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩',
        '│ embedding (Embedding)           │ (None, 5, 4)           │            40 │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ global_average_pooling1d        │ (None, 4)              │             0 │',
        '│ (GlobalAveragePooling1D)        │                        │               │',
        '├─────────────────────────────────┼────────────────────────┼───────────────┤',
        '│ dense (Dense)                   │ (None, 1)              │             5 │',
        '└─────────────────────────────────┴────────────────────────┴───────────────┘',
        ' Total params: 45 (180.00 B)',
        ' Trainable params: 45 (180.00 B)',
        ' Non-trainable params: 0 (0.00 B)',
      ].join('\n'),
    );
  });

  it('learns to tell two vocabularies apart: the loss drops and every sentence is classified', async () => {
    const sentences = [
      [1, 2, 3, 0, 0],
      [4, 5, 6, 0, 0],
      [1, 3, 2, 2, 0],
      [5, 4, 6, 6, 0],
    ];
    const x = fromValues(sentences.flat(), [4, 5], 'float64');
    const y = fromValues([1, 0, 1, 0], [4], 'float64');
    const model = textModel();
    model.compile({ optimizer: new Adam(0.05), loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const history = await model.fit(x, y, { epochs: 20, verbose: 0 });
    const loss = history.history.loss;
    expect(loss[loss.length - 1]).toBeLessThan(loss[0] / 2);
    expect(history.history.accuracy.at(-1)).toBe(1);
  });
});
