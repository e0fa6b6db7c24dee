// torch.optim.Optimizer: parameter groups as plain objects (their keys are PyTorch's, e.g. `lr`,
// `weight_decay`, so `optimizer.param_groups[0]['lr']` maps onto them), per-parameter state, zero_grad.

import { noGrad } from '../autograd/grad-mode.ts';
import { valueError } from '../errors.ts';
import { zeroGradOf } from '../nn/module.ts';
import type { Tensor } from '../tensor.ts';

export interface ParamGroup {
  params: Tensor[];
  lr: number;
}

export abstract class Optimizer<G extends ParamGroup> {
  readonly paramGroups: G[] = [];
  /** Per-parameter state (momentum buffers, Adam moments, step counts). */
  readonly state = new Map<Tensor, Map<string, Tensor | number>>();

  constructor(
    readonly typeName: string,
    params: readonly Tensor[] | readonly (Partial<G> & { params: readonly Tensor[] })[],
    readonly defaults: Omit<G, 'params'>,
  ) {
    if (params.length === 0) throw valueError('optimizer got an empty parameter list');
    const first = params[0];
    const groups = 'params' in first ? (params as readonly (Partial<G> & { params: readonly Tensor[] })[]) : [{ params: params as readonly Tensor[] }];
    for (const g of groups) this.addParamGroup(g as Partial<G> & { params: readonly Tensor[] });
  }

  addParamGroup(group: Partial<G> & { params: readonly Tensor[] }): void {
    for (const p of group.params) {
      if (!p.isLeaf) throw valueError("can't optimize a non-leaf Tensor");
    }
    const seen = new Set(this.paramGroups.flatMap((g) => g.params));
    if (group.params.some((p) => seen.has(p))) throw valueError('some parameters appear in more than one parameter group');
    this.paramGroups.push({ ...this.defaults, ...group, params: [...group.params] } as G);
  }

  zeroGrad(setToNone = true): void {
    for (const group of this.paramGroups) for (const p of group.params) zeroGradOf(p, setToNone);
  }

  /** One update of every parameter that has a gradient, with autograd off (PyTorch's @torch.no_grad step). */
  step(): void {
    noGrad(() => {
      for (const group of this.paramGroups) {
        for (const p of group.params) if (p.grad !== null) this.update(p, p.grad, group, this.stateFor(p));
      }
    });
  }

  protected abstract update(param: Tensor, grad: Tensor, group: G, state: Map<string, Tensor | number>): void;

  protected stateFor(p: Tensor): Map<string, Tensor | number> {
    let s = this.state.get(p);
    if (s === undefined) {
      s = new Map();
      this.state.set(p, s);
    }
    return s;
  }
}

export function checkNonNegative(name: string, value: number): void {
  if (!(value >= 0)) throw valueError(`Invalid ${name}: ${value}`);
}
