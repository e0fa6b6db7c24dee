// nn.Embedding against PyTorch (tests/fixtures/embedding.json, from tests/oracle/embedding.py): a seeded
// constructor draws PyTorch's exact N(0, 1) table with the padding row zeroed, and prints as PyTorch does.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import * as ops from '../ops/index.ts';
import { manualSeed, randn } from '../random/sampling.ts';
import type { Tensor } from '../tensor.ts';
import { engineErrorOf } from '../test-support.ts';
import { Embedding } from './embedding.ts';

interface ModuleCase {
  args: [number, number];
  kwargs: { padding_idx?: number };
  repr: string;
  padding_idx: number | null;
  weight: { shape: number[]; values: number[] };
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/embedding.json', import.meta.url), 'utf8')) as { modules: ModuleCase[] };

describe('nn.Embedding', () => {
  for (const m of fixture.modules) {
    it(`${m.repr} draws PyTorch's weights after manual_seed(0)`, async () => {
      manualSeed(0);
      const layer = new Embedding(m.args[0], m.args[1], m.kwargs.padding_idx ?? null);
      expect(layer.repr()).toBe(m.repr);
      expect(layer.paddingIdx).toBe(m.padding_idx);
      expect(layer.weight.shape).toEqual(m.weight.shape);
      expect(layer.weight.requiresGrad).toBe(true);
      const got = await layer.weight.data();
      m.weight.values.forEach((v, i) => expect(got[i], `element ${i}`).toBeCloseTo(v, 6));
    });
  }

  it('looks up rows of its weight, shaped indices.shape + [embedding_dim]', async () => {
    const layer = Embedding.fromPretrained(ops.fromValues([0, 1, 10, 11, 20, 21], [3, 2]));
    const out = layer.forward(ops.fromValues([2, 0, 1, 2], [2, 2], 'int64'));
    expect(out.shape).toEqual([2, 2, 2]);
    expect(Array.from(await out.data())).toEqual([20, 21, 0, 1, 10, 11, 20, 21]);
  });

  it('keeps the padding row at zero through training: it gets no gradient', async () => {
    manualSeed(0);
    const layer = new Embedding(4, 2, 1);
    backward(ops.sum(layer.forward(ops.fromValues([1, 1, 3], [3], 'int64'))));
    expect(Array.from(await (layer.weight.grad as Tensor).data())).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('from_pretrained shares the given table, frozen by default, and draws nothing', async () => {
    const table = ops.fromValues([1, 2, 3, 4], [2, 2]);
    manualSeed(0);
    const frozen = Embedding.fromPretrained(table);
    expect(frozen.weight.requiresGrad).toBe(false);
    expect(frozen.repr()).toBe('Embedding(2, 2)');
    const afterwards = await randn([1]).data();
    manualSeed(0);
    expect(Array.from(afterwards)).toEqual(Array.from(await randn([1]).data()));
    const trainable = Embedding.fromPretrained(table, false, 1);
    expect(trainable.weight.requiresGrad).toBe(true);
    expect(trainable.repr()).toBe('Embedding(2, 2, padding_idx=1)');
    // PyTorch leaves a pretrained padding row as it was.
    expect(Array.from(await trainable.weight.data())).toEqual([1, 2, 3, 4]);
  });

  it('rejects what Tandem does not implement, and a padding_idx outside the table', () => {
    expect(engineErrorOf(() => new Embedding(10, 3, null, 1.0)).pyType).toBe('NotImplementedError');
    expect(engineErrorOf(() => new Embedding(10, 3, null, null, true)).message).toBe('nn.Embedding with scale_grad_by_freq=True is not supported in Tandem');
    expect(engineErrorOf(() => new Embedding(10, 3, null, null, false, true)).message).toBe('nn.Embedding with sparse=True is not supported in Tandem');
    expect(engineErrorOf(() => new Embedding(10, 3, 10)).message).toBe('Padding_idx must be within num_embeddings');
    expect(engineErrorOf(() => Embedding.fromPretrained(ops.fromValues([1, 2], [2]))).message).toBe('Embeddings parameter is expected to be 2-dimensional');
  });
});
