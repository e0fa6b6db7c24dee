// keras.layers.Conv2D: outputs = activation(conv2d(inputs, kernel) + bias) over channels_last images, with a
// (kh, kw, in/groups, filters) kernel (glorot_uniform by default, its fans over the receptive field) and a zero
// bias. The engine convolves NCHW, so call() transposes the input, the kernel and the result.

import { valueError } from '../../errors.ts';
import { conv2d } from '../../ops/conv.ts';
import { permute, reshape } from '../../ops/views.ts';
import type { Tensor } from '../../tensor.ts';
import { activate, activationName, type ActivationName } from '../activations.ts';
import { initialize, initializerName, type InitializerName } from '../initializers.ts';
import { formatKerasShape, Layer, type KerasShape, type LayerOptions } from './layer.ts';
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
} from './windows2d.ts';

export interface Conv2DOptions extends LayerOptions {
  strides?: KerasSize2;
  padding?: string;
  dataFormat?: string | null;
  dilationRate?: KerasSize2;
  groups?: number;
  activation?: string | null;
  useBias?: boolean;
  kernelInitializer?: string;
  biasInitializer?: string;
}

export class Conv2D extends Layer {
  readonly kernelSize: Pair;
  readonly strides: Pair;
  readonly padding: KerasPadding;
  readonly dilationRate: Pair;
  readonly groups: number;
  readonly activation: ActivationName;
  readonly useBias: boolean;
  private readonly kernelInitializer: InitializerName;
  private readonly biasInitializer: InitializerName;
  kernel: Tensor | null = null;
  bias: Tensor | null = null;

  constructor(
    readonly filters: number,
    kernelSize: KerasSize2,
    options: Conv2DOptions = {},
  ) {
    super('Conv2D', 'conv2d', options);
    this.groups = options.groups ?? 1;
    this.kernelSize = standardizeTuple(kernelSize, 'kernel_size');
    this.strides = standardizeTuple(options.strides ?? 1, 'strides');
    this.dilationRate = standardizeTuple(options.dilationRate ?? 1, 'dilation_rate');
    this.padding = standardizePadding(options.padding ?? 'valid');
    checkDataFormat(options.dataFormat);
    this.activation = activationName(options.activation);
    this.useBias = options.useBias ?? true;
    this.kernelInitializer = initializerName(options.kernelInitializer ?? 'glorot_uniform');
    this.biasInitializer = initializerName(options.biasInitializer ?? 'zeros');
    if (!Number.isInteger(filters) || filters <= 0) {
      throw valueError(`Invalid value for argument \`filters\`. Expected a strictly positive value. Received filters=${filters}.`);
    }
    if (!Number.isInteger(this.groups) || this.groups <= 0) {
      throw valueError(`The number of groups must be a positive integer. Received: groups=${this.groups}.`);
    }
    if (filters % this.groups !== 0) {
      throw valueError(`The number of filters must be evenly divisible by the number of groups. Received: groups=${this.groups}, filters=${filters}.`);
    }
    if (Math.max(...this.strides) > 1 && Math.max(...this.dilationRate) > 1) {
      throw valueError(
        `\`strides > 1\` not supported in conjunction with \`dilation_rate > 1\`. Received: strides=${formatKerasShape(this.strides)} and dilation_rate=${formatKerasShape(this.dilationRate)}`,
      );
    }
  }

  override build(inputShape: KerasShape): void {
    checkRank(this.name, inputShape, 'min_ndim');
    const channels = inputShape[inputShape.length - 1];
    if (channels === null) {
      throw valueError(`The channel dimension of the inputs should be defined. Found None. Full input shape received: ${formatKerasShape(inputShape)}`);
    }
    if (channels % this.groups !== 0) {
      throw valueError(
        `The number of input channels must be evenly divisible by the number of groups. Received groups=${this.groups}, but the input has ${channels} channels (full input shape is ${formatKerasShape(inputShape)}).`,
      );
    }
    // Keras validates the output shape before it creates any weight.
    this.computeOutputShape(inputShape);
    const [kh, kw] = this.kernelSize;
    this.kernel = this.addWeight('kernel', initialize(this.kernelInitializer, [kh, kw, channels / this.groups, this.filters]));
    if (this.useBias) this.bias = this.addWeight('bias', initialize(this.biasInitializer, [this.filters]));
    this.built = true;
  }

  /** Keras checks the input's rank against the layer's input spec before building from it. */
  override apply(x: Tensor, training = false): Tensor {
    checkRank(this.name, x.shape, 'min_ndim');
    return super.apply(x, training);
  }

  override call(x: Tensor): Tensor {
    const kernel = this.kernel as Tensor;
    const channels = kernel.shape[2] * this.groups;
    if (x.shape[x.ndim - 1] !== channels) {
      throw valueError(
        `Input 0 of layer "${this.name}" is incompatible with the layer: expected axis -1 of input shape to have value ${channels}, but received input with shape ${formatKerasShape(x.shape)}`,
      );
    }
    // Dims before (rows, cols, channels) are all batch dims, as TensorFlow's convolution treats them.
    const batch = x.shape.slice(0, -3);
    const images = toChannelsFirst(batch.length === 1 ? x : reshape(x, [-1, ...x.shape.slice(-3)]));
    const padding = spatialPadding([x.shape[x.ndim - 3], x.shape[x.ndim - 2]], this.kernelSize, this.strides, this.dilationRate, this.padding);
    const [input, amount] = padding.kind === 'symmetric' ? [images, padding.amount] : [padSpatial(images, padding.before, padding.after, 0), [0, 0]];
    // (kh, kw, in, filters) → (filters, in, kh, kw), the layout the engine's conv2d takes.
    const weight = permute(kernel, [3, 2, 0, 1]);
    const out = toChannelsLast(conv2d(input, weight, this.bias, this.strides, amount, this.dilationRate, this.groups));
    return activate(this.activation, batch.length === 1 ? out : reshape(out, [...batch, ...out.shape.slice(1)]));
  }

  override computeOutputShape(inputShape: KerasShape): KerasShape {
    checkRank(this.name, inputShape, 'min_ndim');
    const spatial = inputShape.slice(-3, -1);
    const output = spatial.map((size, i) =>
      size === null ? null : outputLength(size, this.kernelSize[i], this.strides[i], this.dilationRate[i], this.padding),
    );
    // Keras lets a window overhang nothing (an output of 0); the engine needs at least one position.
    if (output.some((d) => d !== null && d < 1)) {
      const kernelShape = [...this.kernelSize, inputShape[inputShape.length - 1], this.filters];
      throw valueError(
        `Computed output size would be negative. Received \`inputs shape=${formatKerasShape(inputShape)}\`, \`kernel shape=${formatKerasShape(kernelShape)}\`, \`dilation_rate=[${this.dilationRate.join(' ')}]\`.`,
      );
    }
    return [...inputShape.slice(0, -3), ...output, this.filters];
  }
}
