// Loss modules (torch/nn/modules/loss.py): configuration plus a call into ../ops/loss.ts.

import {
  binaryCrossEntropy,
  binaryCrossEntropyWithLogits,
  crossEntropy,
  huberLoss,
  l1Loss,
  mseLoss,
  nllLoss,
  smoothL1Loss,
  type Reduction,
} from '../ops/loss.ts';
import type { Tensor } from '../tensor.ts';
import { Module } from './module.ts';

abstract class Loss extends Module {
  constructor(typeName: string, readonly reduction: Reduction) {
    super(typeName);
  }
  abstract override forward(input: Tensor, target: Tensor): Tensor;
}

export class MSELoss extends Loss {
  constructor(reduction: Reduction = 'mean') {
    super('MSELoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return mseLoss(input, target, this.reduction);
  }
}

export class L1Loss extends Loss {
  constructor(reduction: Reduction = 'mean') {
    super('L1Loss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return l1Loss(input, target, this.reduction);
  }
}

export class SmoothL1Loss extends Loss {
  constructor(reduction: Reduction = 'mean', readonly beta = 1) {
    super('SmoothL1Loss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return smoothL1Loss(input, target, this.reduction, this.beta);
  }
}

export class HuberLoss extends Loss {
  constructor(reduction: Reduction = 'mean', readonly delta = 1) {
    super('HuberLoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return huberLoss(input, target, this.reduction, this.delta);
  }
}

export class BCELoss extends Loss {
  constructor(reduction: Reduction = 'mean') {
    super('BCELoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return binaryCrossEntropy(input, target, this.reduction);
  }
}

export class BCEWithLogitsLoss extends Loss {
  constructor(reduction: Reduction = 'mean', readonly posWeight: Tensor | null = null) {
    super('BCEWithLogitsLoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return binaryCrossEntropyWithLogits(input, target, this.reduction, this.posWeight);
  }
}

export class CrossEntropyLoss extends Loss {
  constructor(
    reduction: Reduction = 'mean',
    readonly ignoreIndex = -100,
    readonly labelSmoothing = 0,
  ) {
    super('CrossEntropyLoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return crossEntropy(input, target, this.reduction, this.ignoreIndex, this.labelSmoothing);
  }
}

export class NLLLoss extends Loss {
  constructor(
    reduction: Reduction = 'mean',
    readonly ignoreIndex = -100,
    readonly weight: Tensor | null = null,
  ) {
    super('NLLLoss', reduction);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return nllLoss(input, target, this.reduction, this.ignoreIndex, this.weight);
  }
}
