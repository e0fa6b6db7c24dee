import { describe, expect, it } from 'vitest';
import * as E from '../../../engine/index.ts';
import { drawInt64Seed } from './generator.ts';
import { printed } from './data/testing.ts';

describe('torch.Generator and the int64 seed draws', () => {
  it('draws int64 seeds as torch.empty((), dtype=torch.int64).random_() does', () => {
    // Real PyTorch 1.13: manual_seed(42) then random_() gives 6909045637428952499; a Generator seeded 5, 4095051218741643470.
    expect(drawInt64Seed(new E.Generator(42))).toBe(6909045637428952499n);
    expect(drawInt64Seed(new E.Generator(5))).toBe(4095051218741643470n);
  });

  it('starts from PyTorch default seed, and manual_seed returns the generator itself', async () => {
    const out = await printed(`
import torch
g = torch.Generator()
print(g.initial_seed(), g.manual_seed(5) is g, g.initial_seed(), g.device)
torch.manual_seed(3)
print(torch.default_generator.initial_seed())
`);
    expect(out).toBe('67280421310721 True 5 cpu\n3\n');
  });
});
