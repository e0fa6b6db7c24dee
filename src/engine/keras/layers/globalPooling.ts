// keras.layers.GlobalAveragePooling1D: the mean over the steps axis, (batch, steps, features) → (batch,
// features); after an Embedding it averages a sequence's word vectors into one vector (a bag of words).

import { valueError } from '../../errors.ts';
import { mean } from '../../ops/reduce.ts';
import type { Tensor } from '../../tensor.ts';
import { formatKerasShape, Layer, type KerasShape, type LayerOptions } from './layer.ts';

export interface GlobalPooling1DOptions extends LayerOptions {
  dataFormat?: string | null;
  keepdims?: boolean;
}

export class GlobalAveragePooling1D extends Layer {
  /** The steps axis: 1 for channels_last (batch, steps, features), 2 for channels_first. */
  private readonly stepsAxis: 1 | 2;
  readonly keepdims: boolean;

  constructor(options: GlobalPooling1DOptions = {}) {
    super('GlobalAveragePooling1D', 'global_average_pooling1d', options);
    const format = options.dataFormat ?? 'channels_last';
    if (format !== 'channels_last' && format !== 'channels_first') {
      throw valueError(`The \`data_format\` argument must be one of {'channels_first', 'channels_last'}. Received: data_format=${format}`);
    }
    this.stepsAxis = format === 'channels_last' ? 1 : 2;
    this.keepdims = options.keepdims ?? false;
  }

  override call(x: Tensor): Tensor {
    if (x.ndim !== 3) {
      throw valueError(`Input 0 of layer "${this.name}" is incompatible with the layer: expected ndim=3, found ndim=${x.ndim}. Full shape received: ${formatKerasShape(x.shape)}`);
    }
    return mean(x, [this.stepsAxis], this.keepdims);
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    if (this.keepdims) return inputShape.map((d, i) => (i === this.stepsAxis ? 1 : d));
    return inputShape.filter((_, i) => i !== this.stepsAxis);
  }
}
