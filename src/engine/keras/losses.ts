// Keras losses as TensorFlow computes them: y_true brought to y_pred's rank (squeeze_or_expand_to_same_rank),
// a per-sample loss averaged over the last axis, then "sum over batch size". Crossentropy after a sigmoid or
// softmax uses the cached logits, as Keras 3 on TensorFlow does inside fit.

import { record } from '../autograd/record.ts';
import { valueError } from '../errors.ts';
import { binaryKernel } from '../ops/kernels.ts';
import { logSoftmax } from '../ops/activation.ts';
import { add, div, mul, neg, sub } from '../ops/arithmetic.ts';
import { to } from '../ops/cast.ts';
import { clamp, ge, where } from '../ops/compare.ts';
import { gather } from '../ops/indexing.ts';
import { mean, sum } from '../ops/reduce.ts';
import { abs, exp, log, log1p, relu } from '../ops/unary.ts';
import { squeeze, unsqueeze } from '../ops/views.ts';
import type { Tensor } from '../tensor.ts';
import { cachedLogits } from './activations.ts';

export type KerasLossName =
  | 'mean_squared_error'
  | 'mean_absolute_error'
  | 'binary_crossentropy'
  | 'categorical_crossentropy'
  | 'sparse_categorical_crossentropy'
  | 'huber';

export interface KerasLossSpec {
  readonly kind: KerasLossName;
  readonly fromLogits?: boolean;
}

const ALIASES: Record<string, KerasLossName> = {
  mse: 'mean_squared_error',
  mean_squared_error: 'mean_squared_error',
  MeanSquaredError: 'mean_squared_error',
  mae: 'mean_absolute_error',
  mean_absolute_error: 'mean_absolute_error',
  MeanAbsoluteError: 'mean_absolute_error',
  binary_crossentropy: 'binary_crossentropy',
  BinaryCrossentropy: 'binary_crossentropy',
  categorical_crossentropy: 'categorical_crossentropy',
  CategoricalCrossentropy: 'categorical_crossentropy',
  sparse_categorical_crossentropy: 'sparse_categorical_crossentropy',
  SparseCategoricalCrossentropy: 'sparse_categorical_crossentropy',
  huber: 'huber',
  Huber: 'huber',
};

export function lossSpec(identifier: string | KerasLossSpec): KerasLossSpec {
  if (typeof identifier !== 'string') return identifier;
  const kind = ALIASES[identifier];
  if (kind === undefined) throw valueError(`Could not interpret loss identifier: ${identifier}`);
  return { kind };
}

/** Keras' epsilon() for clipping probabilities. */
const EPSILON = 1e-7;

/** Keras' squeeze_or_expand_to_same_rank(y_true, y_pred): a trailing size-1 dim is added or dropped. */
export function matchRank(yTrue: Tensor, yPred: Tensor): [Tensor, Tensor] {
  if (yTrue.ndim === yPred.ndim + 1 && yTrue.shape[yTrue.ndim - 1] === 1) {
    return yPred.ndim === 1 ? [yTrue, unsqueeze(yPred, -1)] : [squeeze(yTrue, -1), yPred];
  }
  if (yPred.ndim === yTrue.ndim + 1 && yPred.shape[yPred.ndim - 1] === 1) {
    return yTrue.ndim === 1 ? [unsqueeze(yTrue, -1), yPred] : [yTrue, squeeze(yPred, -1)];
  }
  return [yTrue, yPred];
}

/**
 * The mean over the last axis, which Keras' per-sample losses take. Over an axis of one element (one output, as
 * in regression) that is the values themselves: a squeeze, not a sum and a division. (Safe here because the
 * loss never writes into its intermediates; a user-facing mean must return new memory.)
 */
function meanOverLast(t: Tensor): Tensor {
  return t.ndim > 0 && t.shape[t.ndim - 1] === 1 ? squeeze(t, -1) : mean(t, -1);
}

/**
 * x², as Keras' ops.square: one recorded op whose gradient is g·x doubled (the same numbers as TensorFlow's
 * g·(2x), since doubling is exact), where `mul(x, x)` would compute g·x twice and add the two.
 */
function square(x: Tensor): Tensor {
  return record(binaryKernel('mul', x, x), 'SquareBackward0', [x], (g) => {
    const gx = mul(g, x);
    return [add(gx, gx)];
  }, [x]);
}

/** The per-sample loss (mean over the last axis), before reduction. */
function perSample(spec: KerasLossSpec, yTrueRaw: Tensor, yPred: Tensor): Tensor {
  if (spec.kind === 'sparse_categorical_crossentropy') return sparseCategorical(spec, yTrueRaw, yPred);
  const [yTrue, pred] = matchRank(to(yTrueRaw, yPred.dtype), yPred);
  switch (spec.kind) {
    case 'mean_squared_error':
      return meanOverLast(square(sub(pred, yTrue)));
    case 'mean_absolute_error':
      return meanOverLast(abs(sub(pred, yTrue)));
    case 'huber': {
      const error = sub(pred, yTrue);
      const absError = abs(error);
      return meanOverLast(where(ge(1, absError), mul(mul(error, error), 0.5), sub(absError, 0.5)));
    }
    case 'binary_crossentropy': {
      const logits = spec.fromLogits ? pred : cachedLogits(pred, 'sigmoid');
      if (logits !== null) {
        // tf.nn.sigmoid_cross_entropy_with_logits: max(x, 0) − x·z + log1p(exp(−|x|)).
        return meanOverLast(add(sub(relu(logits), mul(logits, yTrue)), log1p(exp(neg(abs(logits))))));
      }
      const p = clamp(pred, EPSILON, 1 - EPSILON);
      return meanOverLast(neg(add(mul(yTrue, log(p)), mul(sub(1, yTrue), log(sub(1, p))))));
    }
    case 'categorical_crossentropy': {
      const logits = spec.fromLogits ? pred : cachedLogits(pred, 'softmax');
      if (logits !== null) return neg(sum(mul(yTrue, logSoftmax(logits, -1)), -1));
      const p = clamp(div(pred, sum(pred, -1, true)), EPSILON, 1 - EPSILON);
      return neg(sum(mul(yTrue, log(p)), -1));
    }
  }
}

function sparseCategorical(spec: KerasLossSpec, yTrueRaw: Tensor, yPred: Tensor): Tensor {
  let labels = to(yTrueRaw, 'int64');
  if (labels.ndim === yPred.ndim && labels.shape[labels.ndim - 1] === 1) labels = squeeze(labels, -1);
  const logits = spec.fromLogits ? yPred : cachedLogits(yPred, 'softmax');
  // Without logits, TensorFlow takes log of the clipped, renormalised probabilities as the logits.
  const logProbs = logSoftmax(logits ?? log(clamp(div(yPred, sum(yPred, -1, true)), EPSILON, 1 - EPSILON)), -1);
  return neg(squeeze(gather(logProbs, -1, unsqueeze(labels, -1)), -1));
}

/** The batch loss Keras minimises: the per-sample losses summed and divided by their count. */
export function computeLoss(spec: KerasLossSpec, yTrue: Tensor, yPred: Tensor): Tensor {
  const values = perSample(spec, yTrue, yPred);
  return div(sum(values), Math.max(values.numel, 1));
}
