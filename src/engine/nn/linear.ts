// nn.Linear (y = x·Wᵀ + b) and nn.Identity, as in torch/nn/modules/linear.py.

import { DEFAULT_FLOAT, type DType } from '../dtype.ts';
import { empty } from '../ops/creation.ts';
import { linear } from '../ops/matmul.ts';
import type { Tensor } from '../tensor.ts';
import { resetWeightAndBias } from './init.ts';
import { pyBoolRepr } from './format.ts';
import { Module, parameter } from './module.ts';

export class Linear extends Module {
  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    bias = true,
    dtype: DType = DEFAULT_FLOAT,
  ) {
    super('Linear');
    this.registerParameter('weight', parameter(empty([outFeatures, inFeatures], dtype)));
    this.registerParameter('bias', bias ? parameter(empty([outFeatures], dtype)) : null);
    this.resetParameters();
  }

  // Read through _parameters: the interpreter may rebind `model.weight = nn.Parameter(...)`.
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
    return linear(input, this.weight, this.bias);
  }

  override extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${pyBoolRepr(this.bias !== null)}`;
  }
}

export class Identity extends Module {
  constructor() {
    super('Identity');
  }

  override forward(input: Tensor): Tensor {
    return input;
  }
}
