// Keras metrics: per-sample values averaged over the epoch (MeanMetricWrapper), and the loss tracker, which
// weights each batch's loss by its size. Totals stay on the device in float32, as Keras' metric variables do,
// and are read back once per epoch.

import { noGrad } from '../autograd/grad-mode.ts';
import { valueError } from '../errors.ts';
import { mul, sub } from '../ops/arithmetic.ts';
import { to } from '../ops/cast.ts';
import { eq, gt } from '../ops/compare.ts';
import { stack } from '../ops/join.ts';
import { argmax, mean, sum } from '../ops/reduce.ts';
import { abs } from '../ops/unary.ts';
import { squeeze } from '../ops/views.ts';
import type { Tensor } from '../tensor.ts';
import { matchRank } from './losses.ts';

type SampleFn = (yTrue: Tensor, yPred: Tensor) => Tensor;

/**
 * A running float32 mean: total / count, as Keras' metric variables keep it. Each update's sum stays on the
 * device until the result is asked for (once an epoch); then they all come back in one read and are added up on
 * the host in float32, in the order Keras adds them: the same numbers, without device ops on every step. The
 * count is known on the host (batch sizes).
 */
export class MeanTracker {
  private pending: { sum: Tensor; weight: number }[] = [];
  private total = 0;
  private count = 0;

  constructor(readonly name: string) {}

  /** Adds `values` (each with weight `weight`). */
  update(values: Tensor, weight = 1): void {
    const batchSum = noGrad(() => {
      const v = to(values.detach(), 'float32');
      return v.ndim === 0 ? v : sum(v);
    });
    this.pending.push({ sum: batchSum, weight });
    this.count = Math.fround(this.count + values.numel * weight);
  }

  async result(): Promise<number> {
    if (this.pending.length > 0) {
      const pending = this.pending;
      this.pending = [];
      const sums = pending.length === 1 ? pending[0]!.sum : noGrad(() => stack(pending.map((p) => p.sum)));
      const values = await sums.data();
      pending.forEach(({ weight }, i) => {
        const value = values[i]!;
        this.total = Math.fround(this.total + (weight === 1 ? value : Math.fround(value * weight)));
      });
    }
    return this.count === 0 ? 0 : Math.fround(this.total / this.count);
  }

  reset(): void {
    this.pending = [];
    this.total = 0;
    this.count = 0;
  }
}

export class KerasMetric {
  private readonly tracker: MeanTracker;

  constructor(
    readonly name: string,
    private readonly fn: SampleFn,
  ) {
    this.tracker = new MeanTracker(name);
  }

  update(yTrue: Tensor, yPred: Tensor): void {
    this.tracker.update(noGrad(() => this.fn(yTrue, yPred.detach())));
  }

  result(): Promise<number> {
    return this.tracker.result();
  }

  reset(): void {
    this.tracker.reset();
  }
}

const asFloat = (t: Tensor): Tensor => to(t, 'float32');

/** binary_accuracy: y_pred > 0.5 compared with y_true, averaged over the last axis. */
const binaryAccuracy: SampleFn = (yTrueRaw, yPredRaw) => {
  const [yTrue, yPred] = matchRank(asFloat(yTrueRaw), yPredRaw);
  return mean(asFloat(eq(yTrue, asFloat(gt(yPred, 0.5)))), -1);
};

const categoricalAccuracy: SampleFn = (yTrue, yPred) => asFloat(eq(argmax(yTrue, -1), argmax(yPred, -1)));

const sparseCategoricalAccuracy: SampleFn = (yTrueRaw, yPred) => {
  let labels = yTrueRaw;
  if (labels.ndim === yPred.ndim && labels.shape[labels.ndim - 1] === 1) labels = squeeze(labels, -1);
  return asFloat(eq(to(labels, 'int64'), argmax(yPred, -1)));
};

const meanSquared: SampleFn = (yTrue, yPred) => {
  const [t, p] = matchRank(asFloat(yTrue), yPred);
  const d = sub(p, t);
  return mean(mul(d, d), -1);
};

const meanAbsolute: SampleFn = (yTrue, yPred) => {
  const [t, p] = matchRank(asFloat(yTrue), yPred);
  return mean(abs(sub(p, t)), -1);
};

/**
 * compile(metrics=[...]) entries. 'accuracy' picks binary, sparse categorical or categorical accuracy from the
 * shapes, as Keras' get_metric does; the history key is the string the learner wrote.
 */
export function metricFor(identifier: string, yTrue: Tensor, yPred: Tensor): KerasMetric {
  const lower = identifier.toLowerCase();
  if (lower === 'accuracy' || lower === 'acc') {
    const last = (t: Tensor): number => t.shape[t.ndim - 1] ?? 1;
    const isBinary = last(yPred) === 1;
    const isSparse = yTrue.ndim < yPred.ndim || (last(yTrue) === 1 && last(yPred) > 1);
    return new KerasMetric(identifier, isBinary ? binaryAccuracy : isSparse ? sparseCategoricalAccuracy : categoricalAccuracy);
  }
  const table: Record<string, SampleFn> = {
    binary_accuracy: binaryAccuracy,
    categorical_accuracy: categoricalAccuracy,
    sparse_categorical_accuracy: sparseCategoricalAccuracy,
    mse: meanSquared,
    mean_squared_error: meanSquared,
    mae: meanAbsolute,
    mean_absolute_error: meanAbsolute,
  };
  const fn = table[identifier];
  if (fn === undefined) throw valueError(`Could not interpret metric identifier: ${identifier}`);
  return new KerasMetric(identifier, fn);
}
