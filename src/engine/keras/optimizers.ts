// Keras optimizers (keras.optimizers): Keras 3's update rules in float32, applied in place to the layers'
// weights. Defaults are Keras': SGD(learning_rate=0.01), Adam(0.001, epsilon=1e-7), RMSprop(0.001, rho=0.9).

import { noGrad } from '../autograd/grad-mode.ts';
import { valueError } from '../errors.ts';
import { add, div, mul, sub } from '../ops/arithmetic.ts';
import { fullLike } from '../ops/creation.ts';
import { commit } from '../ops/inplace.ts';
import { wrappedNumber } from '../ops/scalar.ts';
import { sqrt } from '../ops/unary.ts';
import type { Tensor } from '../tensor.ts';
import { warn } from '../warnings.ts';

export interface KerasOptimizer {
  readonly name: string;
  learningRate: number;
  /** How many update steps have been applied (`optimizer.iterations`). */
  iterations: number;
  /** Whether the optimizer has created its variables (at its first update, for the variables it then saw). */
  readonly built: boolean;
  /**
   * `optimizer.apply_gradients(zip(grads, vars))`: (gradient, variable) pairs, a null gradient meaning none (as
   * TensorFlow's None). `nameOf` names variables in the warning about missing gradients.
   */
  applyGradients(pairs: readonly (readonly [Tensor | null, Tensor])[], nameOf?: (variable: Tensor) => string): void;
  /** The optimizer's own variables (iterations, learning_rate, slots) as model.summary() counts them; null
   *  until built. */
  stateSize(): { count: number; bytes: number } | null;
}

/** Per-variable slots (momentums, velocities), created at the first update. */
class Slots {
  private readonly slots = new Map<Tensor, Tensor[]>();
  get(variable: Tensor, count: number): Tensor[] {
    let s = this.slots.get(variable);
    if (s === undefined) {
      s = Array.from({ length: count }, () => fullLike(variable, 0));
      this.slots.set(variable, s);
    }
    return s;
  }
}

abstract class BaseOptimizer implements KerasOptimizer {
  iterations = 0;
  protected readonly slots = new Slots();
  /** The variables the optimizer was built for (Keras builds slots for all of them at the first update). */
  private builtFor: readonly Tensor[] | null = null;
  /** Slot variables per model variable (momentums, velocities). */
  protected abstract readonly slotsPerVariable: number;

  constructor(
    readonly name: string,
    public learningRate: number,
  ) {
    if (!(learningRate >= 0)) throw valueError(`Argument \`learning_rate\` should be float, or an instance of LearningRateSchedule. Received: learning_rate=${learningRate}`);
  }

  get built(): boolean {
    return this.builtFor !== null;
  }

  applyGradients(pairs: readonly (readonly [Tensor | null, Tensor])[], nameOf: (variable: Tensor) => string = () => 'Variable:0'): void {
    if (pairs.length === 0) return;
    this.builtFor ??= pairs.map(([, variable]) => variable);
    const present = pairs.filter((pair): pair is readonly [Tensor, Tensor] => pair[0] !== null);
    if (present.length === 0) throw valueError('No gradients provided for any variable.');
    if (present.length < pairs.length) {
      const missing = pairs.filter(([g]) => g === null).map(([, v]) => `'${nameOf(v)}'`);
      warn(
        'UserWarning',
        `Gradients do not exist for variables [${missing.join(', ')}] when minimizing the loss. If using \`model.compile()\`, did you forget to provide a \`loss\` argument?`,
      );
    }
    noGrad(() => {
      for (const [gradient, variable] of present) this.updateStep(gradient, variable);
    });
    this.iterations++;
  }

  stateSize(): { count: number; bytes: number } | null {
    if (this.builtFor === null) return null;
    const slotValues = this.slotsPerVariable * this.builtFor.reduce((n, v) => n + v.numel, 0);
    // iterations (int64, 8 bytes) and learning_rate (float32) are variables too; slots are float32.
    return { count: 2 + slotValues, bytes: 8 + 4 + 4 * slotValues };
  }

  protected abstract updateStep(gradient: Tensor, variable: Tensor): void;

  private rate: { value: number; tensor: Tensor } | null = null;

  /**
   * The learning rate as a number wrapped in `like`'s dtype and device (what `mul(g, lr)` would make), kept
   * across steps as Keras keeps it in a variable: made again only when it changes, or was released with a run.
   */
  protected learningRateLike(like: Tensor): Tensor {
    const r = this.rate;
    if (r !== null && r.value === this.learningRate && r.tensor.dtype === like.dtype && r.tensor.backend === like.backend && !r.tensor.storage.released) {
      return r.tensor;
    }
    const tensor = wrappedNumber(this.learningRate, like.dtype, like);
    this.rate = { value: this.learningRate, tensor };
    return tensor;
  }
}

export class SGD extends BaseOptimizer {
  constructor(
    learningRate = 0.01,
    readonly momentum = 0,
    readonly nesterov = false,
  ) {
    super('SGD', learningRate);
    if (momentum < 0 || momentum > 1) throw valueError('`momentum` must be a float between [0, 1].');
  }

  protected get slotsPerVariable(): number {
    return this.momentum === 0 ? 0 : 1;
  }

  protected updateStep(g: Tensor, variable: Tensor): void {
    const lr = this.learningRateLike(g);
    if (this.momentum === 0) {
      commit(variable, sub(variable, mul(g, lr)));
      return;
    }
    const [m] = this.slots.get(variable, 1);
    commit(m, sub(mul(m, this.momentum), mul(g, lr)));
    commit(variable, add(variable, this.nesterov ? sub(mul(m, this.momentum), mul(g, lr)) : m));
  }
}

export class Adam extends BaseOptimizer {
  constructor(
    learningRate = 0.001,
    readonly beta1 = 0.9,
    readonly beta2 = 0.999,
    readonly epsilon = 1e-7,
  ) {
    super('Adam', learningRate);
  }

  protected readonly slotsPerVariable = 2;

  protected updateStep(g: Tensor, variable: Tensor): void {
    const step = this.iterations + 1;
    const f = Math.fround;
    // Keras computes these in the variable's dtype (float32).
    const beta1Power = f(f(this.beta1) ** step);
    const beta2Power = f(f(this.beta2) ** step);
    const alpha = f(f(f(this.learningRate) * f(Math.sqrt(f(1 - beta2Power)))) / f(1 - beta1Power));
    const [m, v] = this.slots.get(variable, 2);
    commit(m, add(m, mul(sub(g, m), 1 - this.beta1)));
    commit(v, add(v, mul(sub(mul(g, g), v), 1 - this.beta2)));
    commit(variable, sub(variable, div(mul(m, alpha), add(sqrt(v), this.epsilon))));
  }
}

export class RMSprop extends BaseOptimizer {
  constructor(
    learningRate = 0.001,
    readonly rho = 0.9,
    readonly epsilon = 1e-7,
  ) {
    super('RMSprop', learningRate);
  }

  protected readonly slotsPerVariable = 1;

  protected updateStep(g: Tensor, variable: Tensor): void {
    const [velocity] = this.slots.get(variable, 1);
    commit(velocity, add(mul(velocity, this.rho), mul(mul(g, g), 1 - this.rho)));
    // Keras adds epsilon before the square root.
    commit(variable, sub(variable, div(mul(g, this.learningRate), sqrt(add(velocity, this.epsilon)))));
  }
}

/** compile(optimizer='sgd'), with Keras' default hyperparameters. */
export function optimizerFor(identifier: string): KerasOptimizer {
  switch (identifier.toLowerCase()) {
    case 'sgd':
      return new SGD();
    case 'adam':
      return new Adam();
    case 'rmsprop':
      return new RMSprop();
    default:
      throw valueError(`Could not interpret optimizer identifier: ${identifier}`);
  }
}
