// The generator reproduces PyTorch's CPU draws bit for bit (tests/fixtures/random.json, from
// tests/oracle/random_draws.py): a seeded Tandem program sees exactly the numbers real PyTorch gives it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Linear } from '../nn/linear.ts';
import { ones } from '../ops/creation.ts';
import { dropout } from '../ops/dropout.ts';
import type { Tensor } from '../tensor.ts';
import { DEFAULT_SEED, Generator } from './generator.ts';
import { MT19937 } from './mt19937.ts';
import { manualSeed, rand, randint, randn, randperm } from './sampling.ts';

interface SeedDraws {
  seed: number;
  rand_5: number[];
  randn_17: number[];
  randint_0_10_20: number[];
  linear_4_3: { weight: number[]; bias: number[] };
  randn_5: number[];
  randn_100: number[];
  randperm_10: number[];
  dropout_half_20: number[];
  rand_3_then_randn_3: number[];
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/random.json', import.meta.url), 'utf8')) as {
  seeds: SeedDraws[];
  default_seed: { rand_4: number[]; initial_seed: number };
};

const values = async (t: Tensor): Promise<number[]> => Array.from(await t.data());

// Drawn when this file loads, before any test calls manualSeed: what an unseeded program gets first.
const drawnBeforeAnySeed = rand([4]);

describe('mt19937', () => {
  it('produces the reference sequence for seed 5489 (the C++ standard check: 10000th output 4123659995)', () => {
    const mt = new MT19937(5489);
    let last = 0;
    for (let i = 0; i < 10000; i++) last = mt.nextUint32();
    expect(last).toBe(4123659995);
  });
});

describe.each(fixture.seeds)('torch.manual_seed($seed)', (draws) => {
  it('rand(5) equals PyTorch bit for bit', async () => {
    manualSeed(draws.seed);
    expect(await values(rand([5]))).toEqual(draws.rand_5);
  });

  it('randn(17) equals PyTorch bit for bit (vectorised normal path, ragged tail)', async () => {
    manualSeed(draws.seed);
    expect(await values(randn([17]))).toEqual(draws.randn_17);
  });

  it('randn(5) equals PyTorch bit for bit (scalar Box–Muller path)', async () => {
    manualSeed(draws.seed);
    expect(await values(randn([5]))).toEqual(draws.randn_5);
  });

  it('randn(100) equals PyTorch bit for bit', async () => {
    manualSeed(draws.seed);
    expect(await values(randn([100]))).toEqual(draws.randn_100);
  });

  it('randint(0, 10, (20,)) equals PyTorch', async () => {
    manualSeed(draws.seed);
    const t = randint(0, 10, [20]);
    expect(t.dtype).toBe('int64');
    expect(await values(t)).toEqual(draws.randint_0_10_20);
  });

  it('nn.Linear(4, 3) starts from PyTorch\'s exact weight and bias', async () => {
    manualSeed(draws.seed);
    const layer = new Linear(4, 3);
    expect(await values(layer.weight)).toEqual(draws.linear_4_3.weight);
    expect(await values(layer.bias as Tensor)).toEqual(draws.linear_4_3.bias);
  });

  it('randperm(10) equals PyTorch', async () => {
    manualSeed(draws.seed);
    expect(await values(randperm(10))).toEqual(draws.randperm_10);
  });

  it('dropout(p=0.5) drops the same elements as PyTorch', async () => {
    manualSeed(draws.seed);
    expect(await values(dropout(ones([20]), 0.5))).toEqual(draws.dropout_half_20);
  });

  it('the stream continues across calls (rand then randn)', async () => {
    manualSeed(draws.seed);
    const first = await values(rand([3]));
    expect([...first, ...(await values(randn([3])))]).toEqual(draws.rand_3_then_randn_3);
  });
});

describe('starting seed', () => {
  it('is the seed of a fresh torch.Generator(), 67280421310721, with the same draws', async () => {
    expect(DEFAULT_SEED).toBe(BigInt(fixture.default_seed.initial_seed));
    const fresh = new Generator();
    expect(fresh.initialSeed()).toBe(DEFAULT_SEED);
    expect(await values(rand([4], 'float32', fresh))).toEqual(fixture.default_seed.rand_4);
  });

  it('is where the global generator starts, so unseeded programs repeat', async () => {
    expect(await values(drawnBeforeAnySeed)).toEqual(fixture.default_seed.rand_4);
  });
});
