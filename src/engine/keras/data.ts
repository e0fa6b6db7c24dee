// Getting arrays into the shape and dtype a Keras model trains on: float32, a feature axis for 1-D input when
// the model expects one feature, batches (shuffled per epoch) and the validation split.

import { valueError } from '../errors.ts';
import { to } from '../ops/cast.ts';
import { fromValues } from '../ops/creation.ts';
import { indexSelect } from '../ops/indexing.ts';
import { slice, squeeze, unsqueeze } from '../ops/views.ts';
import { permutation } from '../random/distributions.ts';
import { kerasGenerator } from '../random/keras-generator.ts';
import type { Tensor } from '../tensor.ts';
import { formatKerasShape, type KerasShape } from './layers/layer.ts';

/** Keras casts float64 (and integer) NumPy input to the model's float32. */
export const asModelInput = (x: Tensor): Tensor => to(x, 'float32');

/**
 * Keras' _adjust_input_rank against the model's input shape: (N,) becomes (N, 1) when the model takes one
 * feature, (N, ..., 1) loses the trailing 1 when the model takes one rank less; otherwise ranks must match.
 */
export function adjustInputRank(x: Tensor, expected: KerasShape | null): Tensor {
  if (expected === null || x.ndim === expected.length) return x;
  const last = expected[expected.length - 1];
  if (x.ndim === expected.length - 1 && last === 1) return unsqueeze(x, -1);
  if (x.ndim === expected.length + 1 && x.shape[x.ndim - 1] === 1) return squeeze(x, -1);
  throw valueError(
    `Invalid input shape for input ${formatKerasShape(x.shape)}. Expected shape ${formatKerasShape(expected)}, but input has incompatible shape ${formatKerasShape(x.shape)}`,
  );
}

export interface Split {
  x: Tensor;
  y: Tensor;
}

/** How many of `n` samples fit trains on when `fraction` of them are held out for validation. */
export const trainingRows = (n: number, fraction: number): number => (fraction > 0 ? Math.floor(n * (1 - fraction)) : n);

/** validation_split: the last fraction of the samples (taken before any shuffling) held out for validation. */
export function splitValidation(x: Tensor, y: Tensor, fraction: number): { train: Split; validation: Split } {
  const n = x.shape[0];
  const splitAt = trainingRows(n, fraction);
  if (splitAt === 0 || splitAt === n) {
    throw valueError(
      `Training data contains ${n} samples, which is not sufficient to split it into a validation and training set as specified by \`validation_split=${fraction}\`. Either provide more data, or a different value for the \`validation_split\` argument.`,
    );
  }
  return {
    train: { x: slice(x, 0, 0, splitAt), y: slice(y, 0, 0, splitAt) },
    validation: { x: slice(x, 0, splitAt, n), y: slice(y, 0, splitAt, n) },
  };
}

/** The epoch's batches: consecutive slices, or gathered rows of a fresh permutation when shuffling. */
export function batches(x: Tensor, y: Tensor | null, batchSize: number, shuffle: boolean): { x: Tensor; y: Tensor | null }[] {
  const n = x.shape[0];
  const out: { x: Tensor; y: Tensor | null }[] = [];
  // One batch holding every sample is the same batch in any order (its loss is a mean), so it is not shuffled.
  const order = shuffle && n > batchSize ? fromValues(permutation(kerasGenerator, n), [n], 'int64') : null;
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(start + batchSize, n);
    if (order === null) {
      const whole = start === 0 && end === n;
      const rows = (t: Tensor): Tensor => (whole ? t : slice(t, 0, start, end));
      out.push({ x: rows(x), y: y === null ? null : rows(y) });
    } else {
      const rows = slice(order, 0, start, end);
      out.push({ x: indexSelect(x, 0, rows), y: y === null ? null : indexSelect(y, 0, rows) });
    }
  }
  return out;
}
