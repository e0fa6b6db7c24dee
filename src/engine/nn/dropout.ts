// nn.Dropout: zeroes elements with probability p in training mode, identity in eval mode.

import { valueError } from '../errors.ts';
import { dropout } from '../ops/dropout.ts';
import type { Tensor } from '../tensor.ts';
import { pyBoolRepr, pyFloatRepr } from './format.ts';
import { Module } from './module.ts';

export class Dropout extends Module {
  constructor(readonly p = 0.5, readonly inplace = false) {
    super('Dropout');
    if (p < 0 || p > 1) throw valueError(`dropout probability has to be between 0 and 1, but got ${p}`);
  }
  override forward(x: Tensor): Tensor {
    return dropout(x, this.p, this.training);
  }
  override extraRepr(): string {
    return `p=${pyFloatRepr(this.p)}, inplace=${pyBoolRepr(this.inplace)}`;
  }
}
