// torch.optim.SGD with PyTorch's exact update: weight decay, momentum with dampening, Nesterov, maximize.

import { add, mul, neg } from '../ops/arithmetic.ts';
import { commit } from '../ops/inplace.ts';
import { clone } from '../ops/views.ts';
import { valueError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';
import { checkNonNegative, Optimizer, type ParamGroup } from './optimizer.ts';

export interface SGDGroup extends ParamGroup {
  momentum: number;
  dampening: number;
  weight_decay: number;
  nesterov: boolean;
  maximize: boolean;
}

export type SGDOptions = Partial<Omit<SGDGroup, 'params'>>;

export class SGD extends Optimizer<SGDGroup> {
  constructor(params: readonly Tensor[] | readonly (Partial<SGDGroup> & { params: readonly Tensor[] })[], options: SGDOptions = {}) {
    const defaults = { lr: 0.001, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false, maximize: false, ...options };
    checkNonNegative('learning rate', defaults.lr);
    checkNonNegative('momentum value', defaults.momentum);
    checkNonNegative('weight_decay value', defaults.weight_decay);
    if (defaults.nesterov && (defaults.momentum <= 0 || defaults.dampening !== 0)) {
      throw valueError('Nesterov momentum requires a momentum and zero dampening');
    }
    super('SGD', params, defaults);
  }

  protected update(param: Tensor, grad: Tensor, group: SGDGroup, state: Map<string, Tensor | number>): void {
    let d = group.maximize ? neg(grad) : grad;
    if (group.weight_decay !== 0) d = add(d, param, group.weight_decay);
    if (group.momentum !== 0) {
      const previous = state.get('momentum_buffer');
      let buffer: Tensor;
      if (previous === undefined) {
        buffer = clone(d);
        state.set('momentum_buffer', buffer);
      } else {
        buffer = previous as Tensor;
        commit(buffer, add(mul(buffer, group.momentum), d, 1 - group.dampening));
      }
      d = group.nesterov ? add(d, buffer, group.momentum) : buffer;
    }
    commit(param, add(param, d, -group.lr));
  }
}
