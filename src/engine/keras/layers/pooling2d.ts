// keras.layers.MaxPooling2D and AveragePooling2D over channels_last images: the max or mean of each pool_size
// window, stepping by strides (pool_size when None). With padding='same', TensorFlow's rules: a max never picks
// padding, and an average divides by the real (unpadded) elements its window covers.

import { valueError } from '../../errors.ts';
import { div } from '../../ops/arithmetic.ts';
import { fullKernel } from '../../ops/kernels.ts';
import { avgPool2d, maxPool2d } from '../../ops/pool.ts';
import type { Tensor } from '../../tensor.ts';
import { Layer, type KerasShape, type LayerOptions } from './layer.ts';
import {
  checkDataFormat,
  checkRank,
  outputLength,
  padSpatial,
  spatialPadding,
  standardizePadding,
  standardizeTuple,
  toChannelsFirst,
  toChannelsLast,
  type KerasPadding,
  type KerasSize2,
  type Pair,
  type SpatialPadding,
} from './windows2d.ts';

export interface Pooling2DOptions extends LayerOptions {
  /** None (the default) steps by pool_size. */
  strides?: KerasSize2 | null;
  padding?: string;
  dataFormat?: string | null;
}

abstract class Pooling2D extends Layer {
  readonly poolSize: Pair;
  readonly strides: Pair;
  readonly padding: KerasPadding;

  constructor(className: string, base: string, poolSize: KerasSize2, options: Pooling2DOptions) {
    super(className, base, options);
    this.poolSize = standardizeTuple(poolSize, 'pool_size');
    // Keras lets a zero stride through here (allow_zero); it only fails once the layer runs.
    this.strides = standardizeTuple(options.strides ?? poolSize, 'strides', true);
    this.padding = standardizePadding(options.padding ?? 'valid');
    checkDataFormat(options.dataFormat);
    this.built = true;
  }

  /** The pooling itself, on (N, C, H, W) images. */
  protected abstract pool(images: Tensor, padding: SpatialPadding): Tensor;

  override call(x: Tensor): Tensor {
    checkRank(this.name, x.shape, 'ndim');
    this.computeOutputShape(x.shape);
    const [, h, w] = x.shape;
    return toChannelsLast(this.pool(toChannelsFirst(x), spatialPadding([h, w], this.poolSize, this.strides, [1, 1], this.padding)));
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    checkRank(this.name, inputShape, 'ndim');
    if (this.strides[0] === 0 || this.strides[1] === 0) {
      throw valueError(`The \`strides\` argument of layer "${this.name}" cannot contain 0. Received strides=(${this.strides.join(', ')})`);
    }
    const [batch, h, w, channels] = inputShape;
    const output = [h, w].map((size, i) => (size === null ? null : outputLength(size, this.poolSize[i], this.strides[i], 1, this.padding)));
    // Keras only checks for negative sizes; a window that fits nowhere (0) cannot be pooled here either.
    if (output.some((d) => d !== null && d < 1)) {
      const shown = inputShape.map((d) => (d === null ? 'None' : String(d))).join(' ');
      throw valueError(`Computed output size would be negative. Received: \`inputs.shape=[${shown}]\` and \`pool_size=[${this.poolSize.join(' ')}]\`.`);
    }
    return [batch, ...output, channels];
  }
}

export class MaxPooling2D extends Pooling2D {
  constructor(poolSize: KerasSize2 = 2, options: Pooling2DOptions = {}) {
    super('MaxPooling2D', 'max_pooling2d', poolSize, options);
  }

  protected override pool(images: Tensor, padding: SpatialPadding): Tensor {
    if (padding.kind === 'symmetric') return maxPool2d(images, this.poolSize, this.strides, padding.amount);
    return maxPool2d(padSpatial(images, padding.before, padding.after, -Infinity), this.poolSize, this.strides, 0);
  }
}

export class AveragePooling2D extends Pooling2D {
  constructor(poolSize: KerasSize2 = 2, options: Pooling2DOptions = {}) {
    super('AveragePooling2D', 'average_pooling2d', poolSize, options);
  }

  protected override pool(images: Tensor, padding: SpatialPadding): Tensor {
    if (padding.kind === 'symmetric') return avgPool2d(images, this.poolSize, this.strides, padding.amount, false, false);
    // Each window's sum over how many real elements it covers: the same pooling of a padded plane of ones.
    const [h, w] = images.shape.slice(2);
    const ones = fullKernel([1, 1, h, w], 1, images.dtype, images);
    const mean = (x: Tensor): Tensor => avgPool2d(padSpatial(x, padding.before, padding.after, 0), this.poolSize, this.strides, 0);
    return div(mean(images), mean(ones));
  }
}
