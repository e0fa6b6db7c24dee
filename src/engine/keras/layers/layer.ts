// keras.layers.Layer: weights declared in build(input_shape), computation in call(), built lazily on first use.

import { valueError } from '../../errors.ts';
import type { Tensor } from '../../tensor.ts';
import { uniqueName } from '../naming.ts';

/** A Keras shape: the batch dim (and other unknown dims) as null. */
export type KerasShape = readonly (number | null)[];

export interface KerasWeight {
  readonly name: string;
  value: Tensor;
  readonly trainable: boolean;
}

export interface LayerOptions {
  name?: string;
  /** `input_shape`, without the batch dim (Keras 2 style, still accepted by Keras 3 with a warning). */
  inputShape?: readonly number[];
}

export const formatKerasShape = (shape: KerasShape): string =>
  `(${shape.map((d) => (d === null ? 'None' : String(d))).join(', ')}${shape.length === 1 ? ',' : ''})`;

export abstract class Layer {
  readonly name: string;
  readonly inputShape: readonly number[] | null;
  built = false;
  trainable = true;
  protected readonly ownWeights: KerasWeight[] = [];

  /** `className` is the Keras class (`Dense`), `base` its snake-case name for automatic naming (`dense`). */
  constructor(
    readonly className: string,
    base: string,
    options: LayerOptions = {},
  ) {
    this.name = options.name ?? uniqueName(base);
    this.inputShape = options.inputShape ?? null;
  }

  /** Declares a weight; trainable ones are leaves that require grad, so fit's backward reaches them. */
  protected addWeight(name: string, value: Tensor, trainable = true): Tensor {
    const v = value.detach();
    if (trainable) v.setRequiresGrad(true);
    this.ownWeights.push({ name, value: v, trainable });
    return v;
  }

  build(_inputShape: KerasShape): void {
    this.built = true;
  }

  abstract call(x: Tensor, training: boolean): Tensor;

  abstract computeOutputShape(inputShape: KerasShape): KerasShape;

  /** `layer(x)`: builds from x's shape on first use. */
  apply(x: Tensor, training = false): Tensor {
    if (!this.built) this.build([null, ...x.shape.slice(1)]);
    return this.call(x, training);
  }

  get weights(): Tensor[] {
    return this.ownWeights.map((w) => w.value);
  }

  get trainableWeights(): Tensor[] {
    return this.trainable ? this.ownWeights.filter((w) => w.trainable).map((w) => w.value) : [];
  }

  get weightRecords(): readonly KerasWeight[] {
    return this.ownWeights;
  }

  countParams(): number {
    return this.ownWeights.reduce((n, w) => n + w.value.numel, 0);
  }

  protected requireBuilt(): void {
    if (!this.built) throw valueError(`Layer ${this.name} has not been built yet.`);
  }
}
