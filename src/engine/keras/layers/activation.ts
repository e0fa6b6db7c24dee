// keras.layers.Activation: applies a named activation as its own layer.

import type { Tensor } from '../../tensor.ts';
import { activate, activationName, type ActivationName } from '../activations.ts';
import { Layer, type KerasShape, type LayerOptions } from './layer.ts';

export class Activation extends Layer {
  readonly activation: ActivationName;

  constructor(activation: string, options: LayerOptions = {}) {
    super('Activation', 'activation', options);
    this.activation = activationName(activation);
  }

  override call(x: Tensor): Tensor {
    return activate(this.activation, x);
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    return inputShape;
  }
}
