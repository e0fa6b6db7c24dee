// keras.layers.Conv2D as Keras 3 defines it: channels_last images, a (kh, kw, in, filters) kernel, TensorFlow's
// output sizes and 'same' padding (the odd pixel after), checked against real PyTorch on the permuted tensors;
// summary() rows, Keras' errors, and a small CNN whose loss goes down.

import { beforeEach, describe, expect, it } from 'vitest';
import { fromValues } from '../../ops/creation.ts';
import { manualSeed, randn } from '../../random/sampling.ts';
import { reshape } from '../../ops/views.ts';
import type { Tensor } from '../../tensor.ts';
import { engineErrorOf } from '../../test-support.ts';
import { clearSession } from '../naming.ts';
import { Adam } from '../optimizers.ts';
import { Sequential } from '../sequential.ts';
import { Conv2D } from './conv2d.ts';
import { Dense } from './dense.ts';
import { Flatten } from './flatten.ts';
import { backpropagate, decode, expectValues, kerasConvCases } from './keras-conv.fixture.ts';
import { AveragePooling2D, MaxPooling2D } from './pooling2d.ts';

beforeEach(() => clearSession());

describe('Conv2D matches PyTorch conv2d on the permuted input and kernel (TensorFlow padding via F.pad)', () => {
  for (const c of kerasConvCases('Conv2D')) {
    it(c.name, async () => {
      const { filters, kernel_size, strides, padding, dilation_rate, use_bias } = c.config;
      const layer = new Conv2D(filters as number, kernel_size as number | number[], {
        strides: strides ?? 1,
        padding,
        dilationRate: dilation_rate,
        useBias: use_bias,
      });
      const x = decode(c.inputs.x).setRequiresGrad(true);
      new Sequential([layer], { inputShape: x.shape.slice(1) }).setWeights(use_bias === true ? [decode(c.inputs.kernel), decode(c.inputs.bias)] : [decode(c.inputs.kernel)]);
      const out = layer.apply(x);
      await expectValues(out, c.output);
      backpropagate(out, c);
      await expectValues(x.grad as Tensor, c.grads.x);
      await expectValues(layer.kernel?.grad as Tensor, c.grads.kernel);
      if (use_bias === true) await expectValues(layer.bias?.grad as Tensor, c.grads.bias);
    });
  }
});

describe('Conv2D shapes', () => {
  const shapeOf = (layer: Conv2D, input: (number | null)[]): (number | null)[] => [...layer.computeOutputShape(input)];

  it("'valid' keeps whole windows: 28x28 with 3x3 gives 26x26", () => {
    expect(shapeOf(new Conv2D(32, [3, 3]), [null, 28, 28, 1])).toEqual([null, 26, 26, 32]);
  });

  it("'same' gives ceil(in / stride): 13x13 with strides=2 gives 7x7", () => {
    expect(shapeOf(new Conv2D(64, 3, { padding: 'same', strides: 2 }), [null, 13, 13, 32])).toEqual([null, 7, 7, 64]);
    expect(shapeOf(new Conv2D(8, 4, { padding: 'SAME' }), [null, 9, 10, 3])).toEqual([null, 9, 10, 8]);
  });

  it('strides and dilation_rate shrink the output as Keras computes it', () => {
    expect(shapeOf(new Conv2D(2, 3, { strides: 2 }), [null, 28, 28, 3])).toEqual([null, 13, 13, 2]);
    expect(shapeOf(new Conv2D(2, 3, { dilationRate: 2 }), [4, 28, 28, 3])).toEqual([4, 24, 24, 2]);
    expect(shapeOf(new Conv2D(2, [1, 5], { strides: [1, 3] }), [null, 6, 11, 3])).toEqual([null, 6, 3, 2]);
  });

  it('builds a (kh, kw, in, filters) glorot_uniform kernel, fans over the receptive field, and a zero bias', async () => {
    const layer = new Conv2D(32, 3);
    layer.build([null, 28, 28, 1]);
    expect(layer.weightRecords.map((w) => [w.name, w.value.shape])).toEqual([['kernel', [3, 3, 1, 32]], ['bias', [32]]]);
    expect(layer.countParams()).toBe(320);
    const limit = Math.sqrt(6 / (9 * 1 + 9 * 32));
    const kernel = Array.from(await (layer.kernel as Tensor).data());
    expect(Math.max(...kernel.map(Math.abs))).toBeLessThanOrEqual(limit);
    // 288 uniform draws over [-limit, limit] spread to at least two thirds of the range.
    expect(Math.max(...kernel.map(Math.abs))).toBeGreaterThan((2 / 3) * limit);
    expect(Array.from(await (layer.bias as Tensor).data())).toEqual(new Array(32).fill(0));
  });

  it('treats dims before (rows, cols, channels) as batch dims, as TensorFlow does', async () => {
    manualSeed(3);
    const layer = new Conv2D(2, 2);
    const x = randn([2, 3, 4, 4, 1]);
    const out = layer.apply(x);
    expect(out.shape).toEqual([2, 3, 3, 3, 2]);
    const flat = layer.apply(reshape(x, [6, 4, 4, 1]));
    expect(Array.from(await out.data())).toEqual(Array.from(await flat.data()));
  });
});

describe('Conv2D errors use Keras wording', () => {
  it('rejects bad constructor arguments', () => {
    expect(engineErrorOf(() => new Conv2D(0, 3)).message).toBe('Invalid value for argument `filters`. Expected a strictly positive value. Received filters=0.');
    expect(engineErrorOf(() => new Conv2D(4, [3, 3, 3])).message).toBe('The `kernel_size` argument must be a tuple of 2 integers. Received kernel_size=(3, 3, 3)');
    expect(engineErrorOf(() => new Conv2D(4, [3, 0])).message).toBe(
      'The `kernel_size` argument must be a tuple of 2 integers. Received kernel_size=(3, 0), including values {0} that do not satisfy `value > 0`',
    );
    expect(engineErrorOf(() => new Conv2D(4, 3, { strides: 2, dilationRate: 2 })).message).toBe(
      '`strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: strides=(2, 2) and dilation_rate=(2, 2)',
    );
    const padding = engineErrorOf(() => new Conv2D(4, 3, { padding: 'full' }));
    expect([padding.pyType, padding.message]).toEqual(['ValueError', "The `padding` argument must be a list/tuple or one of {'valid', 'same'}. Received: full"]);
  });

  it('rejects inputs of the wrong rank or channel count, and windows larger than the input', () => {
    expect(engineErrorOf(() => new Conv2D(4, 3).build([null, 28, 28])).message).toBe(
      'Input 0 of layer "conv2d" is incompatible with the layer: expected min_ndim=4, found ndim=3. Full shape received: (None, 28, 28)',
    );
    const layer = new Conv2D(4, 3);
    layer.build([null, 8, 8, 3]);
    expect(engineErrorOf(() => layer.apply(randn([2, 8, 8, 1]))).message).toBe(
      'Input 0 of layer "conv2d_1" is incompatible with the layer: expected axis -1 of input shape to have value 3, but received input with shape (2, 8, 8, 1)',
    );
    expect(engineErrorOf(() => new Conv2D(32, 5).build([null, 1, 1, 64])).message).toBe(
      'Computed output size would be negative. Received `inputs shape=(None, 1, 1, 64)`, `kernel shape=(5, 5, 64, 32)`, `dilation_rate=[1 1]`.',
    );
  });
});

describe('a CNN in a Sequential model', () => {
  const cnn = (): Sequential =>
    new Sequential([
      new Conv2D(32, [3, 3], { activation: 'relu', inputShape: [28, 28, 1] }),
      new MaxPooling2D([2, 2]),
      new Conv2D(64, 3, { padding: 'same', strides: 2, activation: 'relu' }),
      new AveragePooling2D(),
      new Flatten(),
      new Dense(10, { activation: 'softmax' }),
    ]);

  it("summary() lists each layer's output shape and parameters", () => {
    const lines = cnn().summary().split('\n');
    expect(lines.slice(4, 15)).toEqual([
      '│ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ max_pooling2d (MaxPooling2D)    │ (None, 13, 13, 32)     │             0 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ conv2d_1 (Conv2D)               │ (None, 7, 7, 64)       │        18,496 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ average_pooling2d               │ (None, 3, 3, 64)       │             0 │',
      '│ (AveragePooling2D)              │                        │               │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
      '│ flatten (Flatten)               │ (None, 576)            │             0 │',
      '├─────────────────────────────────┼────────────────────────┼───────────────┤',
    ]);
    expect(lines.slice(-3)).toEqual([' Total params: 24,586 (96.04 KB)', ' Trainable params: 24,586 (96.04 KB)', ' Non-trainable params: 0 (0.00 B)']);
  });

  it('fit lowers the loss on random data', async () => {
    manualSeed(0);
    const model = new Sequential([
      new Conv2D(4, 3, { activation: 'relu', padding: 'same', inputShape: [6, 6, 2] }),
      new MaxPooling2D(2, { padding: 'same' }),
      new Conv2D(4, 2, { activation: 'relu' }),
      new AveragePooling2D(2, { strides: 1 }),
      new Flatten(),
      new Dense(3, { activation: 'softmax' }),
    ]);
    model.compile({ optimizer: new Adam(0.01), loss: 'sparse_categorical_crossentropy' });
    const labels = Array.from({ length: 16 }, (_, i) => i % 3);
    const history = await model.fit(randn([16, 6, 6, 2]), fromValues(labels, [16]), { epochs: 30, batchSize: 8, verbose: 0 });
    const loss = history.history.loss;
    expect(loss[loss.length - 1]).toBeLessThan(0.5 * loss[0]);
  });
});
