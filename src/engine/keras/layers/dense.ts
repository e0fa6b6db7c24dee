// keras.layers.Dense: outputs = activation(inputs @ kernel + bias), with a (in, out) kernel (glorot_uniform by
// default) and a zero bias, created by build() from the last input dim.

import { valueError } from '../../errors.ts';
import { add } from '../../ops/arithmetic.ts';
import { matmul } from '../../ops/matmul.ts';
import type { Tensor } from '../../tensor.ts';
import { activate, activationName, type ActivationName } from '../activations.ts';
import { initialize, initializerName, type InitializerName } from '../initializers.ts';
import { formatKerasShape, Layer, type KerasShape, type LayerOptions } from './layer.ts';

export interface DenseOptions extends LayerOptions {
  activation?: string | null;
  useBias?: boolean;
  kernelInitializer?: string;
  biasInitializer?: string;
}

export class Dense extends Layer {
  readonly activation: ActivationName;
  readonly useBias: boolean;
  private readonly kernelInitializer: InitializerName;
  private readonly biasInitializer: InitializerName;
  kernel: Tensor | null = null;
  bias: Tensor | null = null;

  constructor(
    readonly units: number,
    options: DenseOptions = {},
  ) {
    super('Dense', 'dense', options);
    if (!Number.isInteger(units) || units <= 0) {
      throw valueError(`Received an invalid value for \`units\`, expected a positive integer. Received: units=${units}`);
    }
    this.activation = activationName(options.activation);
    this.useBias = options.useBias ?? true;
    this.kernelInitializer = initializerName(options.kernelInitializer ?? 'glorot_uniform');
    this.biasInitializer = initializerName(options.biasInitializer ?? 'zeros');
  }

  override build(inputShape: KerasShape): void {
    const inputDim = inputShape[inputShape.length - 1];
    if (inputDim === null || inputDim === undefined) {
      throw valueError(`The last dimension of the inputs to a Dense layer should be defined. Found None. Full input shape received: ${formatKerasShape(inputShape)}`);
    }
    this.kernel = this.addWeight('kernel', initialize(this.kernelInitializer, [inputDim, this.units]));
    if (this.useBias) this.bias = this.addWeight('bias', initialize(this.biasInitializer, [this.units]));
    this.built = true;
  }

  override call(x: Tensor): Tensor {
    const kernel = this.kernel as Tensor;
    const expected = kernel.shape[0];
    if (x.ndim < 2 || x.shape[x.ndim - 1] !== expected) {
      throw valueError(
        `Input 0 of layer "${this.name}" is incompatible with the layer: expected axis -1 of input shape to have value ${expected}, but received input with shape ${formatKerasShape(x.shape)}`,
      );
    }
    let out = matmul(x, kernel);
    if (this.bias !== null) out = add(out, this.bias);
    return activate(this.activation, out);
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    return [...inputShape.slice(0, -1), this.units];
  }
}
