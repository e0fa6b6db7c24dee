// keras.layers.Flatten: (batch, d1, d2, ...) → (batch, d1·d2·...).

import { reshape } from '../../ops/views.ts';
import type { Tensor } from '../../tensor.ts';
import { Layer, type KerasShape, type LayerOptions } from './layer.ts';

export class Flatten extends Layer {
  constructor(options: LayerOptions = {}) {
    super('Flatten', 'flatten', options);
  }

  override call(x: Tensor): Tensor {
    return reshape(x, [x.shape[0], -1]);
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    const rest = inputShape.slice(1);
    return [inputShape[0], rest.some((d) => d === null) ? null : rest.reduce<number>((a, d) => a * (d as number), 1)];
  }
}
