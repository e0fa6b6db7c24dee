// The batch normalization cases real PyTorch computed (tests/fixtures/batchnorm.json, from
// tests/oracle/batchnorm.py), and the check the op and module tests share: values within 1e-5.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Tensor } from '../tensor.ts';
import { fromValues } from './creation.ts';

export interface EncodedTensor {
  shape: number[];
  values: number[];
}

interface Gradients {
  upstream: number[];
  output: EncodedTensor;
  grad_fn: string | null;
  grad_input: EncodedTensor;
  grad_weight: EncodedTensor | null;
  grad_bias: EncodedTensor | null;
}

export interface FunctionalCase extends Gradients {
  name: string;
  args: Record<'input' | 'running_mean' | 'running_var' | 'weight' | 'bias', EncodedTensor | null>;
  training: boolean;
  momentum: number;
  eps: number;
  running_mean_after: EncodedTensor | null;
  running_var_after: EncodedTensor | null;
}

export interface ModuleOptions {
  eps?: number;
  momentum?: number | null;
  affine?: boolean;
  track_running_stats?: boolean;
}

export interface ModuleStep extends Gradients {
  train: boolean;
  input: EncodedTensor;
  running_mean: EncodedTensor | null;
  running_var: EncodedTensor | null;
  num_batches_tracked: number | null;
}

export interface ModuleCase {
  name: string;
  kind: 'BatchNorm1d' | 'BatchNorm2d';
  num_features: number;
  kwargs: ModuleOptions;
  initial: { weight: EncodedTensor | null; bias: EncodedTensor | null };
  repr: string;
  state_dict_keys: string[];
  steps: ModuleStep[];
}

export interface ErrorCase {
  name: string;
  kind: 'BatchNorm1d' | 'BatchNorm2d';
  num_features: number;
  kwargs: ModuleOptions;
  train: boolean;
  shape: number[];
  error: { type: string; message: string };
  num_batches_tracked: number | null;
}

export const batchNormFixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/batchnorm.json', import.meta.url), 'utf8')) as {
  functional: FunctionalCase[];
  modules: ModuleCase[];
  errors: ErrorCase[];
};

export const decode = (e: EncodedTensor | null, requiresGrad = false): Tensor | null =>
  e === null ? null : fromValues(e.values, e.shape).setRequiresGrad(requiresGrad);

/** Asserts `actual` holds PyTorch's values: the shape, and every element within 1e-5 (relative above 1). */
export async function expectTensor(actual: Tensor | null, expected: EncodedTensor | null): Promise<void> {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const t = actual as Tensor;
  expect(t.shape).toEqual(expected.shape);
  const values = await t.data();
  expect(values.length).toBe(expected.values.length);
  expected.values.forEach((want, i) => {
    expect(Math.abs(values[i] - want), `element ${i}: ${values[i]} vs ${want}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want)));
  });
}
