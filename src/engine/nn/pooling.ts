// nn.MaxPool2d and nn.AvgPool2d, as in torch/nn/modules/pooling.py. Hyperparameters are kept as given (an int
// or a pair), because print(model) shows them that way: `MaxPool2d(kernel_size=2, stride=2, ...)`.

import { avgPool2d, maxPool2d, maxPool2dWithIndices } from '../ops/pool.ts';
import type { ValuesIndices } from '../ops/reduce.ts';
import type { Size2 } from '../ops/windows.ts';
import type { Tensor } from '../tensor.ts';
import { pyBoolRepr } from './format.ts';
import { Module } from './module.ts';

/** An int or a tuple as Python prints it. */
const sizeRepr = (size: Size2): string => (typeof size === 'number' ? String(size) : `(${size.join(', ')})`);

export class MaxPool2d extends Module {
  /** stride defaults to kernel_size (PyTorch's `stride if stride is not None else kernel_size`). */
  readonly stride: Size2;

  constructor(
    readonly kernelSize: Size2,
    stride: Size2 | null = null,
    readonly padding: Size2 = 0,
    readonly dilation: Size2 = 1,
    readonly returnIndices = false,
    readonly ceilMode = false,
  ) {
    super('MaxPool2d');
    this.stride = stride ?? kernelSize;
  }

  override forward(input: Tensor): Tensor {
    return maxPool2d(input, this.kernelSize, this.stride, this.padding, this.dilation, this.ceilMode);
  }

  /** forward with return_indices=True: the maxima and their positions in each input plane. */
  forwardWithIndices(input: Tensor): ValuesIndices {
    return maxPool2dWithIndices(input, this.kernelSize, this.stride, this.padding, this.dilation, this.ceilMode);
  }

  override extraRepr(): string {
    return `kernel_size=${sizeRepr(this.kernelSize)}, stride=${sizeRepr(this.stride)}, padding=${sizeRepr(this.padding)}, dilation=${sizeRepr(this.dilation)}, ceil_mode=${pyBoolRepr(this.ceilMode)}`;
  }
}

export class AvgPool2d extends Module {
  readonly stride: Size2;

  constructor(
    readonly kernelSize: Size2,
    stride: Size2 | null = null,
    readonly padding: Size2 = 0,
    readonly ceilMode = false,
    readonly countIncludePad = true,
    readonly divisorOverride: number | null = null,
  ) {
    super('AvgPool2d');
    this.stride = stride ?? kernelSize;
  }

  override forward(input: Tensor): Tensor {
    return avgPool2d(input, this.kernelSize, this.stride, this.padding, this.ceilMode, this.countIncludePad, this.divisorOverride);
  }

  override extraRepr(): string {
    return `kernel_size=${sizeRepr(this.kernelSize)}, stride=${sizeRepr(this.stride)}, padding=${sizeRepr(this.padding)}`;
  }
}
