// torch.optim.Adam and AdamW, following PyTorch's single-tensor update (bias corrections computed in double
// precision, denominators as sqrt(v)/sqrt(1 − β2^t) + eps).

import { add, div, maximum, mul } from '../ops/arithmetic.ts';
import { commit } from '../ops/inplace.ts';
import { fullLike } from '../ops/creation.ts';
import { sqrt } from '../ops/unary.ts';
import { valueError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';
import { checkNonNegative, Optimizer, type ParamGroup } from './optimizer.ts';

export interface AdamGroup extends ParamGroup {
  betas: [number, number];
  eps: number;
  weight_decay: number;
  amsgrad: boolean;
  maximize: boolean;
}

export type AdamOptions = Partial<Omit<AdamGroup, 'params'>>;

type AdamParams = readonly Tensor[] | readonly (Partial<AdamGroup> & { params: readonly Tensor[] })[];

function checked(options: AdamOptions, weightDecay: number): Omit<AdamGroup, 'params'> {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AdamOptions;
  const d = { lr: 0.001, betas: [0.9, 0.999] as [number, number], eps: 1e-8, weight_decay: weightDecay, amsgrad: false, maximize: false, ...defined };
  checkNonNegative('learning rate', d.lr);
  checkNonNegative('epsilon value', d.eps);
  if (!(d.betas[0] >= 0 && d.betas[0] < 1)) throw valueError(`Invalid beta parameter at index 0: ${d.betas[0]}`);
  if (!(d.betas[1] >= 0 && d.betas[1] < 1)) throw valueError(`Invalid beta parameter at index 1: ${d.betas[1]}`);
  checkNonNegative('weight_decay value', d.weight_decay);
  return d;
}

/** One Adam moment update and parameter step; `decoupled` is AdamW's weight decay. */
function adamStep(param: Tensor, grad: Tensor, group: AdamGroup, state: Map<string, Tensor | number>, decoupled: boolean): void {
  const [beta1, beta2] = group.betas;
  let g = group.maximize ? mul(grad, -1) : grad;
  if (!state.has('step')) {
    state.set('step', 0);
    state.set('exp_avg', fullLike(param, 0));
    state.set('exp_avg_sq', fullLike(param, 0));
    if (group.amsgrad) state.set('max_exp_avg_sq', fullLike(param, 0));
  }
  const step = (state.get('step') as number) + 1;
  state.set('step', step);
  if (group.weight_decay !== 0) {
    if (decoupled) commit(param, mul(param, 1 - group.lr * group.weight_decay));
    else g = add(g, param, group.weight_decay);
  }
  const expAvg = state.get('exp_avg') as Tensor;
  const expAvgSq = state.get('exp_avg_sq') as Tensor;
  commit(expAvg, add(mul(expAvg, beta1), g, 1 - beta1));
  commit(expAvgSq, add(mul(expAvgSq, beta2), mul(mul(g, 1 - beta2), g))); // addcmul_: value·g·g
  const biasCorrection1 = 1 - beta1 ** step;
  const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** step);
  const stepSize = group.lr / biasCorrection1;
  let second = expAvgSq;
  if (group.amsgrad) {
    const maxSq = state.get('max_exp_avg_sq') as Tensor;
    commit(maxSq, maximum(maxSq, expAvgSq));
    second = maxSq;
  }
  const denom = add(div(sqrt(second), biasCorrection2Sqrt), group.eps);
  commit(param, add(param, div(mul(expAvg, -stepSize), denom))); // addcdiv_: value·m / denom
}

export class Adam extends Optimizer<AdamGroup> {
  constructor(params: AdamParams, options: AdamOptions = {}) {
    super('Adam', params, checked(options, 0));
  }

  protected update(param: Tensor, grad: Tensor, group: AdamGroup, state: Map<string, Tensor | number>): void {
    adamStep(param, grad, group, state, false);
  }
}

export class AdamW extends Optimizer<AdamGroup> {
  constructor(params: AdamParams, options: AdamOptions = {}) {
    super('AdamW', params, checked(options, 0.01));
  }

  protected update(param: Tensor, grad: Tensor, group: AdamGroup, state: Map<string, Tensor | number>): void {
    adamStep(param, grad, group, state, true);
  }
}
