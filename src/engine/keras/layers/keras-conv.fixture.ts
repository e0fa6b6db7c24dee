// The Keras Conv2D/pooling cases real PyTorch computed (tests/fixtures/keras_conv.json, from
// tests/oracle/keras_conv.py), and the check both layer tests share: output and gradients within 1e-5.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { backward } from '../../autograd/backward.ts';
import { fromValues } from '../../ops/creation.ts';
import { mul } from '../../ops/arithmetic.ts';
import { sum } from '../../ops/reduce.ts';
import type { Tensor } from '../../tensor.ts';

export interface EncodedTensor {
  shape: number[];
  values: number[];
}

export interface KerasConvCase {
  name: string;
  layer: 'Conv2D' | 'MaxPooling2D' | 'AveragePooling2D';
  config: {
    filters?: number;
    kernel_size?: number | number[];
    strides: number | number[] | null;
    padding: string;
    dilation_rate?: number | number[];
    use_bias?: boolean;
    pool_size?: number | number[];
  };
  inputs: Record<string, EncodedTensor>;
  output: EncodedTensor;
  upstream: EncodedTensor;
  grads: Record<string, EncodedTensor>;
}

export const kerasConvCases = (layer: KerasConvCase['layer'] | 'pooling'): KerasConvCase[] =>
  (JSON.parse(readFileSync(new URL('../../../../tests/fixtures/keras_conv.json', import.meta.url), 'utf8')) as { cases: KerasConvCase[] }).cases.filter(
    (c) => (layer === 'pooling' ? c.layer !== 'Conv2D' : c.layer === layer),
  );

export const decode = (t: EncodedTensor): Tensor => fromValues(t.values, t.shape, 'float32');

export async function expectValues(actual: Tensor, expected: EncodedTensor): Promise<void> {
  expect(actual.shape).toEqual(expected.shape);
  const data = await actual.data();
  expected.values.forEach((want, i) => expect(Math.abs(data[i] - want), `element ${i}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want))));
}

/** Backpropagates sum(output · upstream), as the oracle did. */
export function backpropagate(output: Tensor, c: KerasConvCase): void {
  backward(sum(mul(output, decode(c.upstream))));
}
