// torch.optim.RMSprop: a running average of squared gradients scales each step (alpha = smoothing constant).

import { add, div, mul, sub } from '../ops/arithmetic.ts';
import { commit } from '../ops/inplace.ts';
import { fullLike } from '../ops/creation.ts';
import { sqrt } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';
import { checkNonNegative, Optimizer, type ParamGroup } from './optimizer.ts';

export interface RMSpropGroup extends ParamGroup {
  alpha: number;
  eps: number;
  weight_decay: number;
  momentum: number;
  centered: boolean;
  maximize: boolean;
}

export type RMSpropOptions = Partial<Omit<RMSpropGroup, 'params'>>;

export class RMSprop extends Optimizer<RMSpropGroup> {
  constructor(params: readonly Tensor[] | readonly (Partial<RMSpropGroup> & { params: readonly Tensor[] })[], options: RMSpropOptions = {}) {
    const defaults = { lr: 0.01, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false, maximize: false, ...options };
    checkNonNegative('learning rate', defaults.lr);
    checkNonNegative('epsilon value', defaults.eps);
    checkNonNegative('momentum value', defaults.momentum);
    checkNonNegative('weight_decay value', defaults.weight_decay);
    checkNonNegative('alpha value', defaults.alpha);
    super('RMSprop', params, defaults);
  }

  protected update(param: Tensor, grad: Tensor, group: RMSpropGroup, state: Map<string, Tensor | number>): void {
    let g = group.maximize ? mul(grad, -1) : grad;
    if (!state.has('step')) {
      state.set('step', 0);
      state.set('square_avg', fullLike(param, 0));
      if (group.momentum > 0) state.set('momentum_buffer', fullLike(param, 0));
      if (group.centered) state.set('grad_avg', fullLike(param, 0));
    }
    state.set('step', (state.get('step') as number) + 1);
    if (group.weight_decay !== 0) g = add(g, param, group.weight_decay);
    const squareAvg = state.get('square_avg') as Tensor;
    commit(squareAvg, add(mul(squareAvg, group.alpha), mul(mul(g, 1 - group.alpha), g)));
    let avg: Tensor;
    if (group.centered) {
      const gradAvg = state.get('grad_avg') as Tensor;
      commit(gradAvg, add(gradAvg, sub(g, gradAvg), 1 - group.alpha));
      avg = add(sqrt(sub(squareAvg, mul(gradAvg, gradAvg))), group.eps);
    } else {
      avg = add(sqrt(squareAvg), group.eps);
    }
    if (group.momentum > 0) {
      const buffer = state.get('momentum_buffer') as Tensor;
      commit(buffer, add(mul(buffer, group.momentum), div(g, avg)));
      commit(param, add(param, buffer, -group.lr));
    } else {
      commit(param, add(param, div(mul(g, -group.lr), avg)));
    }
  }
}
