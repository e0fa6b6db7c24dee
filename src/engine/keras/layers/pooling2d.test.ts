// keras.layers.MaxPooling2D and AveragePooling2D as Keras 3 defines them over channels_last images: strides
// default to pool_size, 'valid' drops partial windows, 'same' pads as TensorFlow (the odd pixel after; a max never
// picks padding, an average divides by the real elements only), checked against real PyTorch.

import { beforeEach, describe, expect, it } from 'vitest';
import { randn } from '../../random/sampling.ts';
import type { Tensor } from '../../tensor.ts';
import { engineErrorOf } from '../../test-support.ts';
import * as keras from '../index.ts';
import { clearSession } from '../naming.ts';
import { backpropagate, decode, expectValues, kerasConvCases } from './keras-conv.fixture.ts';
import { AveragePooling2D, MaxPooling2D } from './pooling2d.ts';

beforeEach(() => clearSession());

describe('pooling matches PyTorch on the permuted input (TensorFlow padding via F.pad)', () => {
  for (const c of kerasConvCases('pooling')) {
    it(`${c.layer}: ${c.name}`, async () => {
      const { pool_size, strides, padding } = c.config;
      const options = { strides, padding };
      const layer = c.layer === 'MaxPooling2D' ? new MaxPooling2D(pool_size, options) : new AveragePooling2D(pool_size, options);
      const x = decode(c.inputs.x).setRequiresGrad(true);
      const out = layer.apply(x);
      await expectValues(out, c.output);
      backpropagate(out, c);
      await expectValues(x.grad as Tensor, c.grads.x);
    });
  }
});

describe('pooling shapes', () => {
  it('steps by pool_size unless strides is given, and drops partial windows with padding="valid"', () => {
    expect(new MaxPooling2D([2, 2]).computeOutputShape([null, 26, 26, 32])).toEqual([null, 13, 13, 32]);
    expect(new AveragePooling2D().computeOutputShape([null, 7, 7, 64])).toEqual([null, 3, 3, 64]);
    expect(new MaxPooling2D(3, { strides: 1 }).computeOutputShape([8, 5, 6, 1])).toEqual([8, 3, 4, 1]);
    expect(new AveragePooling2D([2, 3], { strides: [1, 2] }).computeOutputShape([null, 5, 7, 2])).toEqual([null, 4, 3, 2]);
  });

  it('keeps every input with padding="same": ceil(in / stride)', () => {
    expect(new MaxPooling2D(2, { padding: 'same' }).computeOutputShape([null, 5, 5, 2])).toEqual([null, 3, 3, 2]);
    expect(new AveragePooling2D(3, { strides: 1, padding: 'same' }).computeOutputShape([null, 4, 4, 3])).toEqual([null, 4, 4, 3]);
  });

  it('holds no weights, and MaxPool2D / AvgPool2D are the same classes', () => {
    const layer = new keras.MaxPool2D();
    expect([layer.className, layer.name, layer.countParams(), layer.built]).toEqual(['MaxPooling2D', 'max_pooling2d', 0, true]);
    expect(keras.AvgPool2D).toBe(AveragePooling2D);
    expect(new keras.AvgPool2D().name).toBe('average_pooling2d');
  });

  it('exposes pool_size and strides as pairs, strides None meaning pool_size', () => {
    const layer = new MaxPooling2D(3, { strides: null });
    expect([layer.poolSize, layer.strides, layer.padding]).toEqual([[3, 3], [3, 3], 'valid']);
  });
});

describe('pooling errors use Keras wording', () => {
  it('rejects bad arguments', () => {
    expect(engineErrorOf(() => new MaxPooling2D([2, 2, 2])).message).toBe('The `pool_size` argument must be a tuple of 2 integers. Received pool_size=(2, 2, 2)');
    expect(engineErrorOf(() => new AveragePooling2D(2, { strides: -1 })).message).toBe(
      'The `strides` argument must be a tuple of 2 integers. Received strides=-1, including values {-1} that do not satisfy `value >= 0`',
    );
    expect(engineErrorOf(() => new MaxPooling2D(2, { padding: 'full' })).message).toBe("The `padding` argument must be a list/tuple or one of {'valid', 'same'}. Received: full");
  });

  it('rejects inputs that are not 4-D, and windows larger than the input', () => {
    expect(engineErrorOf(() => new MaxPooling2D().apply(randn([2, 8, 8]))).message).toBe(
      'Input 0 of layer "max_pooling2d" is incompatible with the layer: expected ndim=4, found ndim=3. Full shape received: (2, 8, 8)',
    );
    expect(engineErrorOf(() => new AveragePooling2D(3).computeOutputShape([null, 2, 2, 3])).message).toBe(
      'Computed output size would be negative. Received: `inputs.shape=[None 2 2 3]` and `pool_size=[3 3]`.',
    );
  });
});
