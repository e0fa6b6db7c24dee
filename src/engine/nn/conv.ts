// nn.Conv2d, as in torch/nn/modules/conv.py: a (out, in/groups, kh, kw) weight and an optional bias, drawn as
// PyTorch draws them, and F.conv2d in forward.

import { DEFAULT_FLOAT, type DType } from '../dtype.ts';
import { EngineError, valueError } from '../errors.ts';
import { conv2d } from '../ops/conv.ts';
import { empty } from '../ops/creation.ts';
import type { Tensor } from '../tensor.ts';
import { pairOf, type Pair, type Size2 } from '../ops/windows.ts';
import { pyBoolRepr } from './format.ts';
import { resetWeightAndBias } from './init.ts';
import { Module, parameter } from './module.ts';

export type PaddingMode = 'zeros' | 'reflect' | 'replicate' | 'circular';

function pair(size: Size2): Pair {
  const p = pairOf(size);
  if (p === null) throw valueError(`Conv2d takes an int or a pair of ints for kernel_size, stride, padding and dilation, not ${(size as readonly number[]).length} values`);
  return p;
}
const tupleRepr = (p: Pair): string => `(${p[0]}, ${p[1]})`;

export class Conv2d extends Module {
  readonly kernelSize: Pair;
  readonly stride: Pair;
  readonly padding: Pair | 'same' | 'valid';
  readonly dilation: Pair;

  constructor(
    readonly inChannels: number,
    readonly outChannels: number,
    kernelSize: Size2,
    stride: Size2 = 1,
    padding: Size2 | 'same' | 'valid' = 0,
    dilation: Size2 = 1,
    readonly groups = 1,
    bias = true,
    readonly paddingMode: PaddingMode = 'zeros',
    dtype: DType = DEFAULT_FLOAT,
  ) {
    super('Conv2d');
    this.kernelSize = pair(kernelSize);
    this.stride = pair(stride);
    this.padding = typeof padding === 'string' ? padding : pair(padding);
    this.dilation = pair(dilation);
    if (groups <= 0) throw valueError('groups must be a positive integer');
    if (inChannels % groups !== 0) throw valueError('in_channels must be divisible by groups');
    if (outChannels % groups !== 0) throw valueError('out_channels must be divisible by groups');
    if (padding === 'same' && (this.stride[0] !== 1 || this.stride[1] !== 1)) {
      throw valueError("padding='same' is not supported for strided convolutions");
    }
    // Only zero padding is implemented; the other modes are PyTorch's, refused plainly rather than misread.
    if (paddingMode !== 'zeros') throw new EngineError('NotImplementedError', `padding_mode='${paddingMode}' is not supported in Tandem (only 'zeros')`);
    const weightShape = [outChannels, inChannels / groups, ...this.kernelSize];
    this.registerParameter('weight', parameter(empty(weightShape, dtype)));
    this.registerParameter('bias', bias ? parameter(empty([outChannels], dtype)) : null);
    this.resetParameters();
  }

  // Read through _parameters: the interpreter may rebind `conv.weight = nn.Parameter(...)`.
  get weight(): Tensor {
    return this._parameters.get('weight') as Tensor;
  }

  get bias(): Tensor | null {
    return this._parameters.get('bias') ?? null;
  }

  resetParameters(): void {
    resetWeightAndBias(this.weight, this.bias);
  }

  override forward(input: Tensor): Tensor {
    return conv2d(input, this.weight, this.bias, this.stride, this.padding, this.dilation, this.groups);
  }

  /** `1, 4, kernel_size=(3, 3), stride=(1, 1)`, then only what differs from the defaults, as _ConvNd.extra_repr. */
  override extraRepr(): string {
    const parts = [`${this.inChannels}, ${this.outChannels}, kernel_size=${tupleRepr(this.kernelSize)}, stride=${tupleRepr(this.stride)}`];
    const p = this.padding;
    if (typeof p === 'string') parts.push(`padding=${p}`);
    else if (p[0] !== 0 || p[1] !== 0) parts.push(`padding=${tupleRepr(p)}`);
    if (this.dilation[0] !== 1 || this.dilation[1] !== 1) parts.push(`dilation=${tupleRepr(this.dilation)}`);
    if (this.groups !== 1) parts.push(`groups=${this.groups}`);
    if (this.bias === null) parts.push(`bias=${pyBoolRepr(false)}`);
    return parts.join(', ');
  }
}
