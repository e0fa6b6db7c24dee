// keras.Sequential: a stack of layers, built from its first layer's input_shape (or from the first data it
// sees), compiled with an optimizer, a loss and metrics, then trained with fit (see fit.ts).

import { valueError } from '../errors.ts';
import { commit } from '../ops/inplace.ts';
import { noGrad } from '../autograd/grad-mode.ts';
import type { Tensor } from '../tensor.ts';
import { evaluate, type EvaluateOptions } from './evaluate.ts';
import { fit, type FitHooks, type FitOptions } from './fit.ts';
import type { History } from './history.ts';
import { formatKerasShape, type KerasShape, type Layer } from './layers/layer.ts';
import { lossSpec, type KerasLossSpec } from './losses.ts';
import { uniqueName } from './naming.ts';
import { optimizerFor, type KerasOptimizer } from './optimizers.ts';
import { predict, type PredictHooks, type PredictOptions } from './predict.ts';
import { adjustInputRank } from './data.ts';
import { summary } from './summary.ts';
import { clone } from '../ops/views.ts';

export interface CompileConfig {
  optimizer?: string | KerasOptimizer;
  loss: string | KerasLossSpec;
  metrics?: readonly string[];
}

export interface Compiled {
  readonly optimizer: KerasOptimizer;
  readonly loss: KerasLossSpec;
  readonly metrics: readonly string[];
}

export class Sequential {
  readonly name: string;
  readonly layers: Layer[] = [];
  compiled: Compiled | null = null;
  /** The model's input shape with the batch dim as null, once known. */
  private expectedInput: KerasShape | null = null;
  /** Set (e.g. by an EarlyStopping-like hook) to end fit after the current epoch. */
  stopTraining = false;

  constructor(layers: readonly Layer[] = [], options: { name?: string; inputShape?: readonly number[] } = {}) {
    this.name = options.name ?? uniqueName('sequential');
    if (options.inputShape !== undefined) this.expectedInput = [null, ...options.inputShape];
    for (const layer of layers) this.add(layer);
  }

  add(layer: Layer): void {
    if (this.layers.some((l) => l.name === layer.name)) {
      throw valueError(`All layers added to a Sequential model should have unique names. Name '${layer.name}' is already the name of a layer in this model. Update the \`name\` argument to pass a unique name.`);
    }
    this.layers.push(layer);
    if (this.layers.length === 1 && layer.inputShape !== null && this.expectedInput === null) {
      this.expectedInput = [null, ...layer.inputShape];
    }
    // A known input shape builds every layer right away, so weights exist before fit (get_weights works).
    if (this.expectedInput !== null) this.build(this.expectedInput);
  }

  get built(): boolean {
    return this.layers.length > 0 && this.layers.every((l) => l.built);
  }

  get inputShape(): KerasShape | null {
    return this.expectedInput;
  }

  build(inputShape: KerasShape): void {
    this.expectedInput = inputShape;
    let shape = inputShape;
    for (const layer of this.layers) {
      if (!layer.built) layer.build(shape);
      shape = layer.computeOutputShape(shape);
    }
  }

  /** `model(x)`: the layers applied in order (training switches dropout on). */
  call(input: Tensor, training = false): Tensor {
    if (this.layers.length === 0) throw valueError('Sequential model has no layers. Add layers before calling the model.');
    const x = adjustInputRank(input, this.expectedInput);
    // Keras 3 builds an unbuilt Sequential for the first batch it sees, batch size included (summary shows it).
    if (!this.built) this.build(x.shape);
    return this.layers.reduce((h, layer) => layer.apply(h, training), x);
  }

  compile(config: CompileConfig): void {
    const optimizer = config.optimizer === undefined ? optimizerFor('rmsprop') : typeof config.optimizer === 'string' ? optimizerFor(config.optimizer) : config.optimizer;
    this.compiled = { optimizer, loss: lossSpec(config.loss), metrics: config.metrics ?? [] };
  }

  fit(x: Tensor, y: Tensor, options: FitOptions = {}, hooks: FitHooks = {}): Promise<History> {
    return fit(this, x, y, options, hooks);
  }

  predict(x: Tensor, options: PredictOptions = {}, hooks: PredictHooks = {}): Promise<Tensor> {
    return predict(this, x, options, hooks);
  }

  evaluate(x: Tensor, y: Tensor, options: EvaluateOptions = {}, hooks: PredictHooks = {}): Promise<number | number[]> {
    return evaluate(this, x, y, options, hooks);
  }

  get weights(): Tensor[] {
    return this.layers.flatMap((l) => l.weights);
  }

  get trainableWeights(): Tensor[] {
    // A loop, not flatMap: fit asks at every step, and V8's flatMap is several times slower on short arrays.
    const out: Tensor[] = [];
    for (const layer of this.layers) out.push(...layer.trainableWeights);
    return out;
  }

  countParams(): number {
    return this.layers.reduce((n, l) => n + l.countParams(), 0);
  }

  /** get_weights(): the current values, as copies (NumPy arrays in Python), so later training leaves them be. */
  getWeights(): Tensor[] {
    return noGrad(() => this.weights.map((w) => clone(w.detach())));
  }

  /** model.summary() text (Keras 3's table; see summary.ts). */
  summary(lineLength?: number): string {
    return summary({ name: this.name, layers: this.layers, inputShape: this.expectedInput, optimizer: this.compiled?.optimizer ?? null }, lineLength);
  }

  /** set_weights(list): values copied into the existing weights, shapes checked as Keras does. */
  setWeights(values: readonly Tensor[]): void {
    const records = this.layers.flatMap((l) => l.weightRecords.map((r) => ({ layer: l, record: r })));
    if (values.length !== records.length) {
      throw valueError(
        `You called \`set_weights(weights)\` on layer "${this.name}" with a weight list of length ${values.length}, but the layer was expecting ${records.length} weights.`,
      );
    }
    noGrad(() => {
      records.forEach(({ layer, record }, i) => {
        const v = values[i];
        const target = record.value;
        if (v.ndim !== target.ndim || v.shape.some((d, k) => d !== target.shape[k])) {
          throw valueError(
            `Layer ${layer.name} weight shape ${formatKerasShape(target.shape)} is not compatible with provided weight shape ${formatKerasShape(v.shape)}.`,
          );
        }
        commit(target, v);
      });
    });
  }
}
