// Activation modules (torch/nn/modules/activation.py): thin wrappers over the functional ops, with PyTorch's
// extra_repr text.

import { elu, gelu, hardtanh, leakyRelu, logSoftmax, silu, softmax, softplus } from '../ops/activation.ts';
import { relu, sigmoid, tanh } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';
import { warn } from '../warnings.ts';
import { pyFloatRepr } from './format.ts';
import { Module } from './module.ts';

export class ReLU extends Module {
  constructor(readonly inplace = false) {
    super('ReLU');
  }
  override forward(x: Tensor): Tensor {
    return relu(x);
  }
  override extraRepr(): string {
    return this.inplace ? 'inplace=True' : '';
  }
}

export class Sigmoid extends Module {
  constructor() {
    super('Sigmoid');
  }
  override forward(x: Tensor): Tensor {
    return sigmoid(x);
  }
}

export class Tanh extends Module {
  constructor() {
    super('Tanh');
  }
  override forward(x: Tensor): Tensor {
    return tanh(x);
  }
}

export class SiLU extends Module {
  constructor() {
    super('SiLU');
  }
  override forward(x: Tensor): Tensor {
    return silu(x);
  }
}

/** PyTorch's legacy choice when Softmax is built without dim: 0 for 0-, 1- and 3-D input, else 1 (with a warning). */
function implicitDim(name: string, ndim: number): number {
  warn('UserWarning', `Implicit dimension choice for ${name} has been deprecated. Change the call to include dim=X as an argument.`);
  return ndim === 0 || ndim === 1 || ndim === 3 ? 0 : 1;
}

export class Softmax extends Module {
  constructor(readonly dim: number | null = null) {
    super('Softmax');
  }
  override forward(x: Tensor): Tensor {
    return softmax(x, this.dim ?? implicitDim('softmax', x.ndim));
  }
  override extraRepr(): string {
    return `dim=${this.dim === null ? 'None' : this.dim}`;
  }
}

export class LogSoftmax extends Module {
  constructor(readonly dim: number | null = null) {
    super('LogSoftmax');
  }
  override forward(x: Tensor): Tensor {
    return logSoftmax(x, this.dim ?? implicitDim('log_softmax', x.ndim));
  }
  override extraRepr(): string {
    return `dim=${this.dim === null ? 'None' : this.dim}`;
  }
}

export class LeakyReLU extends Module {
  constructor(readonly negativeSlope = 0.01, readonly inplace = false) {
    super('LeakyReLU');
  }
  override forward(x: Tensor): Tensor {
    return leakyRelu(x, this.negativeSlope);
  }
  override extraRepr(): string {
    return `negative_slope=${pyFloatRepr(this.negativeSlope)}${this.inplace ? ', inplace=True' : ''}`;
  }
}

export class GELU extends Module {
  constructor(readonly approximate: 'none' | 'tanh' = 'none') {
    super('GELU');
  }
  override forward(x: Tensor): Tensor {
    return gelu(x, this.approximate);
  }
  override extraRepr(): string {
    return `approximate='${this.approximate}'`;
  }
}

export class ELU extends Module {
  constructor(readonly alpha = 1, readonly inplace = false) {
    super('ELU');
  }
  override forward(x: Tensor): Tensor {
    return elu(x, this.alpha);
  }
  override extraRepr(): string {
    return `alpha=${pyFloatRepr(this.alpha)}${this.inplace ? ', inplace=True' : ''}`;
  }
}

/** Softplus; beta and threshold print as the learner passed them (ints stay ints), so the interpreter may
 *  pass their repr text. */
export class Softplus extends Module {
  constructor(readonly beta = 1, readonly threshold = 20, readonly reprText = `beta=${beta}, threshold=${threshold}`) {
    super('Softplus');
  }
  override forward(x: Tensor): Tensor {
    return softplus(x, this.beta, this.threshold);
  }
  override extraRepr(): string {
    return this.reprText;
  }
}

export class Hardtanh extends Module {
  constructor(readonly minVal = -1, readonly maxVal = 1, typeName = 'Hardtanh') {
    super(typeName);
  }
  override forward(x: Tensor): Tensor {
    return hardtanh(x, this.minVal, this.maxVal);
  }
  override extraRepr(): string {
    return this.typeName === 'ReLU6' ? '' : `min_val=${pyFloatRepr(this.minVal)}, max_val=${pyFloatRepr(this.maxVal)}`;
  }
}

export class ReLU6 extends Hardtanh {
  constructor() {
    super(0, 6, 'ReLU6');
  }
}
