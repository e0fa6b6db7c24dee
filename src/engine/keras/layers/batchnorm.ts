// keras.layers.BatchNormalization, as keras/src/layers/normalization/batch_normalization.py: per feature along
// `axis`, trainable gamma (ones, when scale) and beta (zeros, when center), and non-trainable moving_mean (zeros)
// and moving_variance (ones). In training (fit, or training=True) it normalizes with the batch's mean and biased
// variance and moves the moving stats: moving = moving·momentum + batch·(1 − momentum), Keras' convention, the
// opposite of PyTorch's. Inference, and a layer set trainable=False, normalize with the moving stats.

import { noGrad } from '../../autograd/grad-mode.ts';
import { valueError } from '../../errors.ts';
import { add, mul } from '../../ops/arithmetic.ts';
import { normalizeChannels } from '../../ops/batchnorm.ts';
import { ones, zeros } from '../../ops/creation.ts';
import { copy_ } from '../../ops/inplace.ts';
import type { Tensor } from '../../tensor.ts';
import { formatKerasShape, Layer, type KerasShape, type LayerOptions } from './layer.ts';

export interface BatchNormalizationOptions extends LayerOptions {
  axis?: number;
  momentum?: number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
}

export class BatchNormalization extends Layer {
  readonly axis: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  gamma: Tensor | null = null;
  beta: Tensor | null = null;
  movingMean: Tensor | null = null;
  movingVariance: Tensor | null = null;

  constructor(options: BatchNormalizationOptions = {}) {
    super('BatchNormalization', 'batch_normalization', options);
    this.axis = options.axis ?? -1;
    this.momentum = options.momentum ?? 0.99;
    this.epsilon = options.epsilon ?? 1e-3;
    this.center = options.center ?? true;
    this.scale = options.scale ?? true;
  }

  private axisOf(rank: number): number {
    const axis = this.axis < 0 ? this.axis + rank : this.axis;
    if (axis < 0 || axis >= rank) throw valueError(`Invalid axis ${this.axis} for an input of rank ${rank}.`);
    return axis;
  }

  override build(inputShape: KerasShape): void {
    const features = inputShape[this.axisOf(inputShape.length)];
    if (features === null || features === undefined) {
      throw valueError(`Axis ${this.axis} of input tensor should have a defined dimension but the layer received an input with shape ${formatKerasShape(inputShape)}.`);
    }
    if (this.scale) this.gamma = this.addWeight('gamma', ones([features]));
    if (this.center) this.beta = this.addWeight('beta', zeros([features]));
    this.movingMean = this.addWeight('moving_mean', zeros([features]), false);
    this.movingVariance = this.addWeight('moving_variance', ones([features]), false);
    this.built = true;
  }

  override call(x: Tensor, training: boolean): Tensor {
    const movingMean = this.movingMean as Tensor;
    const movingVariance = this.movingVariance as Tensor;
    const axis = this.axisOf(x.ndim);
    if (x.shape[axis] !== movingMean.numel) {
      throw valueError(
        `Input 0 of layer "${this.name}" is incompatible with the layer: expected axis ${this.axis} of input shape to have value ${movingMean.numel}, but received input with shape ${formatKerasShape(x.shape)}`,
      );
    }
    const useBatch = training && this.trainable;
    const stats = useBatch ? null : { mean: movingMean, variance: movingVariance };
    const { output, batch } = normalizeChannels(x, axis, stats, this.gamma, this.beta, this.epsilon);
    if (batch !== null) {
      // Written into the weights' own memory, outside autograd: fit's memory release keeps what the model holds.
      noGrad(() => {
        copy_(movingMean, add(mul(movingMean, this.momentum), mul(batch.mean, 1 - this.momentum)));
        copy_(movingVariance, add(mul(movingVariance, this.momentum), mul(batch.variance, 1 - this.momentum)));
      });
    }
    return output;
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    return inputShape;
  }
}
