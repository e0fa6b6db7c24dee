// nn.Conv2d, nn.MaxPool2d and nn.AvgPool2d against PyTorch (tests/fixtures/conv.json, "modules"): a seeded
// Conv2d draws PyTorch's exact weight and bias, and print(module) is PyTorch's text.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zeros } from '../ops/creation.ts';
import { manualSeed } from '../random/sampling.ts';
import type { Tensor } from '../tensor.ts';
import { AvgPool2d, Conv2d, MaxPool2d, Sequential, type Module } from './index.ts';

interface EncodedTensor {
  shape: number[];
  values: number[];
}

type Size = number | number[];

interface ModuleCase {
  kind: 'Conv2d' | 'MaxPool2d' | 'AvgPool2d';
  args: number[];
  kwargs: {
    kernel_size?: Size;
    stride?: Size;
    padding?: Size | 'same' | 'valid';
    dilation?: Size;
    groups?: number;
    bias?: boolean;
    ceil_mode?: boolean;
    count_include_pad?: boolean;
  };
  repr: string;
  weight?: EncodedTensor;
  bias?: EncodedTensor | null;
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/conv.json', import.meta.url), 'utf8')) as { modules: ModuleCase[] };

function build(c: ModuleCase): Module {
  const kw = c.kwargs;
  switch (c.kind) {
    case 'Conv2d': {
      const [inChannels, outChannels, kernelSize] = c.args;
      return new Conv2d(inChannels, outChannels, kernelSize, kw.stride, kw.padding, kw.dilation, kw.groups, kw.bias);
    }
    case 'MaxPool2d':
      return new MaxPool2d(kw.kernel_size as Size, kw.stride ?? null, kw.padding as Size | undefined, kw.dilation, false, kw.ceil_mode);
    case 'AvgPool2d':
      return new AvgPool2d(kw.kernel_size as Size, kw.stride ?? null, kw.padding as Size | undefined, kw.ceil_mode, kw.count_include_pad);
  }
}

async function expectTensor(t: Tensor, want: EncodedTensor): Promise<void> {
  expect(t.shape).toEqual(want.shape);
  const got = Array.from(await t.data());
  got.forEach((v, i) => expect(Math.abs(v - want.values[i])).toBeLessThanOrEqual(1e-7));
}

describe('conv and pooling modules match PyTorch', () => {
  for (const c of fixture.modules) {
    it(`print: ${c.repr}`, () => {
      expect(build(c).repr()).toBe(c.repr);
    });
    if (c.weight !== undefined) {
      it(`torch.manual_seed(0) draws PyTorch's parameters: ${c.repr}`, async () => {
        manualSeed(0);
        const conv = build(c) as Conv2d;
        await expectTensor(conv.weight, c.weight as EncodedTensor);
        if (c.bias === null) expect(conv.bias).toBeNull();
        else await expectTensor(conv.bias as Tensor, c.bias as EncodedTensor);
      });
    }
  }

  it('prints inside a Sequential as PyTorch nests them', () => {
    const model = new Sequential([new Conv2d(1, 4, 3), new MaxPool2d(2)]);
    expect(model.repr()).toBe(
      'Sequential(\n  (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1))\n  (1): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)\n)',
    );
  });

  it('rejects what PyTorch rejects at construction, with its ValueError', () => {
    expect(() => new Conv2d(3, 4, 3, 1, 0, 1, 2)).toThrow('in_channels must be divisible by groups');
    expect(() => new Conv2d(4, 3, 3, 1, 0, 1, 2)).toThrow('out_channels must be divisible by groups');
    expect(() => new Conv2d(4, 4, 3, 2, 'same')).toThrow("padding='same' is not supported for strided convolutions");
  });

  it('Conv2d forward: a zero image gives each output channel its bias, at the strided size', async () => {
    const conv = new Conv2d(2, 5, 3, 2, 1);
    const out = conv.call(zeros([3, 2, 7, 7]));
    expect(out.shape).toEqual([3, 5, 4, 4]);
    const bias = Array.from(await (conv.bias as Tensor).data());
    const values = Array.from(await out.data());
    values.forEach((v, i) => expect(v).toBeCloseTo(bias[Math.floor(i / 16) % 5], 6));
  });
});
