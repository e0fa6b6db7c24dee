// F.embedding against PyTorch (tests/fixtures/embedding.json, from tests/oracle/embedding.py): output values,
// shape, dtype and grad_fn name, the weight's gradient after backward(upstream) (repeated rows summed, none for
// padding_idx), and PyTorch's exact error type and message for misuse.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import type { DType } from '../dtype.ts';
import { releaseUnreachable } from '../memory/collect.ts';
import type { Tensor } from '../tensor.ts';
import { describeCasesWithRelease, engineErrorOf } from '../test-support.ts';
import * as ops from './index.ts';

interface EncodedTensor {
  shape: number[];
  dtype: DType;
  values: number[];
}

interface Case {
  name: string;
  weight: EncodedTensor & { requires_grad: boolean };
  indices: EncodedTensor;
  padding_idx: number | null;
  output?: EncodedTensor & { grad_fn: string | null };
  upstream?: number[];
  grad?: number[];
  error?: { type: string; message: string };
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/embedding.json', import.meta.url), 'utf8')) as { cases: Case[] };

const decode = (t: EncodedTensor): Tensor => ops.fromValues(t.values, t.shape, t.dtype);

function expectClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `element ${i}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected[i])));
  }
}

async function runCase(c: Case, releasing: boolean): Promise<void> {
  const weight = decode(c.weight).setRequiresGrad(c.weight.requires_grad);
  const indices = decode(c.indices);
  if (c.error !== undefined) {
    const error = engineErrorOf(() => ops.embedding(weight, indices, c.padding_idx));
    expect({ type: error.pyType, message: error.message }).toEqual(c.error);
    return;
  }
  const out = ops.embedding(weight, indices, c.padding_idx);
  if (releasing) releaseUnreachable(0, [weight, indices, out]);
  const want = c.output as NonNullable<Case['output']>;
  expect(out.shape).toEqual(want.shape);
  expect(out.dtype).toBe(want.dtype);
  expect(out.gradFn?.name ?? null).toBe(want.grad_fn);
  expectClose(await out.data(), want.values);
  if (c.upstream === undefined) {
    expect(c.weight.requires_grad).toBe(false);
    return;
  }
  backward(ops.sum(ops.mul(out, ops.fromValues(c.upstream, out.shape, out.dtype))));
  expectClose(await (weight.grad as Tensor).data(), c.grad as number[]);
}

// Run twice: as is, and with the runtime releasing between forward and backward every buffer that neither the
// inputs nor the output's graph reach, so a backward reading memory its node does not declare fails.
describeCasesWithRelease('embedding matches PyTorch', fixture.cases, runCase);

describe('padding_idx', () => {
  it('must name a row of the table, counting from the end when negative', () => {
    expect(ops.normalizePaddingIdx(-1, 10)).toBe(9);
    expect(ops.normalizePaddingIdx(0, 10)).toBe(0);
    expect(ops.normalizePaddingIdx(null, 10)).toBeNull();
    expect(engineErrorOf(() => ops.normalizePaddingIdx(10, 10)).message).toBe('Padding_idx must be within num_embeddings');
    expect(engineErrorOf(() => ops.normalizePaddingIdx(-11, 10)).message).toBe('Padding_idx must be within num_embeddings');
  });
});
