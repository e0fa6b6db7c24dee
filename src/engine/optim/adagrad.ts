// torch.optim.Adagrad: each parameter's step is scaled by the root of its summed squared gradients, so often
// and strongly updated weights slow down (PyTorch's single-tensor update, with lr_decay and weight_decay).
import { add, div, mul } from '../ops/arithmetic.ts';
import { commit } from '../ops/inplace.ts';
import { fullLike } from '../ops/creation.ts';
import { sqrt } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';
import { checkNonNegative, Optimizer, type ParamGroup } from './optimizer.ts';

export interface AdagradGroup extends ParamGroup {
  lr_decay: number;
  weight_decay: number;
  initial_accumulator_value: number;
  eps: number;
  maximize: boolean;
}

export type AdagradOptions = Partial<Omit<AdagradGroup, 'params'>>;

export class Adagrad extends Optimizer<AdagradGroup> {
  constructor(params: readonly Tensor[] | readonly (Partial<AdagradGroup> & { params: readonly Tensor[] })[], options: AdagradOptions = {}) {
    const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AdagradOptions;
    const defaults = { lr: 0.01, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10, maximize: false, ...defined };
    checkNonNegative('learning rate', defaults.lr);
    checkNonNegative('lr_decay value', defaults.lr_decay);
    checkNonNegative('weight_decay value', defaults.weight_decay);
    checkNonNegative('initial_accumulator_value value', defaults.initial_accumulator_value);
    checkNonNegative('epsilon value', defaults.eps);
    super('Adagrad', params, defaults);
    // PyTorch creates the state eagerly, in the constructor.
    for (const group of this.paramGroups) {
      for (const p of group.params) this.stateFor(p).set('sum', fullLike(p, group.initial_accumulator_value));
    }
  }

  protected update(param: Tensor, grad: Tensor, group: AdagradGroup, state: Map<string, Tensor | number>): void {
    let g = group.maximize ? mul(grad, -1) : grad;
    const step = ((state.get('step') as number | undefined) ?? 0) + 1;
    state.set('step', step);
    if (group.weight_decay !== 0) g = add(g, param, group.weight_decay);
    const clr = group.lr / (1 + (step - 1) * group.lr_decay);
    const sum = state.get('sum') as Tensor;
    commit(sum, add(sum, mul(g, g))); // addcmul_(grad, grad, value=1)
    const std = add(sqrt(sum), group.eps);
    commit(param, add(param, div(mul(g, -clr), std))); // addcdiv_(grad, std, value=-clr)
  }
}
