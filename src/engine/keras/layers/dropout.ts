// keras.layers.Dropout: in training, zero a `rate` fraction and scale the rest by 1/(1 − rate).

import { valueError } from '../../errors.ts';
import { div, mul } from '../../ops/arithmetic.ts';
import { bernoulli } from '../../random/sampling.ts';
import { kerasGenerator } from '../../random/keras-generator.ts';
import type { Tensor } from '../../tensor.ts';
import { Layer, type KerasShape, type LayerOptions } from './layer.ts';

export class Dropout extends Layer {
  constructor(
    readonly rate: number,
    options: LayerOptions = {},
  ) {
    super('Dropout', 'dropout', options);
    if (!(rate >= 0 && rate <= 1)) {
      throw valueError(`Invalid value received for argument \`rate\`. Expected a float value between 0 and 1. Received: rate=${rate}`);
    }
  }

  override call(x: Tensor, training: boolean): Tensor {
    if (!training || this.rate === 0) return x;
    return mul(x, div(bernoulli(x.shape, 1 - this.rate, x.dtype, kerasGenerator), 1 - this.rate));
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    return inputShape;
  }
}
