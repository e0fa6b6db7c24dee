// nn.Flatten: flattens dims start_dim..end_dim (by default all but the batch dim).

import { flatten } from '../ops/views.ts';
import type { Tensor } from '../tensor.ts';
import { Module } from './module.ts';

export class Flatten extends Module {
  constructor(readonly startDim = 1, readonly endDim = -1) {
    super('Flatten');
  }
  override forward(x: Tensor): Tensor {
    return flatten(x, this.startDim, this.endDim);
  }
  override extraRepr(): string {
    return `start_dim=${this.startDim}, end_dim=${this.endDim}`;
  }
}
