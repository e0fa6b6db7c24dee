// conv2d, max_pool2d and avg_pool2d against PyTorch (tests/fixtures/conv.json, from tests/oracle/conv.py):
// output values, shape, dtype and grad_fn name, every input's gradient after backward(upstream), and PyTorch's
// exact error type and message for misuse. Values within 1e-5 (relative above 1).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../autograd/backward.ts';
import type { DType } from '../dtype.ts';
import { EngineError } from '../errors.ts';
import { releaseUnreachable } from '../memory/collect.ts';
import { beginOwnership } from '../memory/ownership.ts';
import { randn } from '../random/sampling.ts';
import { Tensor } from '../tensor.ts';
import { describeCasesWithRelease } from '../test-support.ts';
import * as ops from './index.ts';

interface EncodedTensor {
  shape: number[];
  dtype: DType;
  values: (number | string)[];
}

interface Output extends EncodedTensor {
  grad_fn: string | null;
  upstream?: number[];
}

type Kwargs = {
  stride?: number | number[];
  padding?: number | number[] | string;
  dilation?: number | number[];
  groups?: number;
  kernel_size?: number | number[];
  ceil_mode?: boolean;
  count_include_pad?: boolean;
  divisor_override?: number;
};

interface Case {
  name: string;
  op: 'conv2d' | 'max_pool2d' | 'max_pool2d_indices' | 'avg_pool2d';
  args: ((EncodedTensor & { requires_grad: boolean }) | null)[];
  kwargs: Kwargs;
  outputs?: Output[];
  grads?: (number | string)[][];
  error?: { type: string; message: string };
}

const fixture = JSON.parse(readFileSync(new URL('../../../tests/fixtures/conv.json', import.meta.url), 'utf8')) as { cases: Case[] };

const num = (v: number | string): number => (typeof v === 'string' ? Number(v.replace('inf', 'Infinity')) : v);

function run(c: Case, args: (Tensor | null)[]): Tensor[] {
  const [x, w, b] = args;
  const kw = c.kwargs;
  const input = x as Tensor;
  switch (c.op) {
    case 'conv2d': {
      const padding = kw.padding ?? 0;
      return [ops.conv2d(input, w as Tensor, b ?? null, kw.stride ?? 1, padding as ops.ConvPadding, kw.dilation ?? 1, kw.groups ?? 1)];
    }
    case 'max_pool2d':
      return [ops.maxPool2d(input, kw.kernel_size as ops.Size2, kw.stride ?? null, kw.padding as ops.Size2 | undefined, kw.dilation, kw.ceil_mode)];
    case 'max_pool2d_indices': {
      const r = ops.maxPool2dWithIndices(input, kw.kernel_size as ops.Size2, kw.stride ?? null, kw.padding as ops.Size2 | undefined, kw.dilation, kw.ceil_mode);
      return [r.values, r.indices];
    }
    case 'avg_pool2d':
      return [
        ops.avgPool2d(input, kw.kernel_size as ops.Size2, kw.stride ?? null, kw.padding as ops.Size2 | undefined, kw.ceil_mode, kw.count_include_pad, kw.divisor_override ?? null),
      ];
  }
}

function expectClose(actual: ArrayLike<number>, expected: readonly (number | string)[], dtype: DType): void {
  expect(actual.length).toBe(expected.length);
  const tolerance = dtype === 'float64' ? 1e-12 : 1e-5;
  for (let i = 0; i < expected.length; i++) {
    const want = num(expected[i]);
    if (dtype === 'int64' || !Number.isFinite(want)) expect(actual[i]).toBe(want);
    else expect(Math.abs(actual[i] - want), `element ${i}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
  }
}

async function runCase(c: Case, releasing: boolean): Promise<void> {
  const args = c.args.map((a) => (a === null ? null : ops.fromValues(a.values.map(num), a.shape, a.dtype).setRequiresGrad(a.requires_grad)));
  if (c.error !== undefined) {
    let error: unknown = null;
    try {
      run(c, args);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect({ type: (error as EngineError).pyType, message: (error as EngineError).message }).toEqual(c.error);
    return;
  }
  const outputs = run(c, args);
  if (releasing) releaseUnreachable(0, [args, outputs]);
  const expected = c.outputs as Output[];
  expect(outputs.length).toBe(expected.length);
  let total: Tensor | null = null;
  for (const [k, out] of outputs.entries()) {
    const want = expected[k];
    expect(out.shape).toEqual(want.shape);
    expect(out.dtype).toBe(want.dtype);
    expect(out.gradFn?.name ?? null).toBe(want.grad_fn);
    expectClose(await out.data(), want.values, want.dtype);
    if (want.upstream !== undefined) {
      const term = ops.sum(ops.mul(out, ops.fromValues(want.upstream, out.shape, out.dtype)));
      total = total === null ? term : ops.add(total, term);
    }
  }
  if (total === null) return;
  backward(total);
  const leaves = args.filter((t): t is Tensor => t !== null && t.requiresGrad);
  const grads = c.grads as (number | string)[][];
  expect(leaves.length).toBe(grads.length);
  for (const [i, leaf] of leaves.entries()) expectClose(await (leaf.grad as Tensor).data(), grads[i], leaf.dtype);
}

// Run twice: as is, and with the runtime releasing between forward and backward every buffer that neither the
// inputs nor the outputs' graphs reach: a backward reading memory its node does not declare fails then. The
// cached window indices must survive that collection too.
describeCasesWithRelease('conv and pooling match PyTorch', fixture.cases, runCase);

describe('window indices', () => {
  it('are built once per shape and reused by later calls', () => {
    const x = randn([2, 3, 6, 6]);
    const w = randn([4, 3, 3, 3]).setRequiresGrad(true);
    const first = ops.conv2d(x, w, null, 1, 1);
    const second = ops.conv2d(x, w, null, 1, 1);
    const kept = (t: Tensor): readonly Tensor[] => (t.gradFn as NonNullable<Tensor['gradFn']>).heldTensors;
    const positions = (t: Tensor): Tensor | undefined => kept(t).find((k) => k.dtype === 'int64');
    expect(positions(first)).toBeDefined();
    expect(positions(second)).toBe(positions(first));
  });

  it('are rebuilt when the runtime released them at the end of a run', async () => {
    const x = ops.fromValues([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 1, 3, 3]);
    const endRun = beginOwnership();
    await ops.maxPool2d(x, 2, 1).data();
    endRun();
    expect(Array.from(await ops.maxPool2d(x, 2, 1).data())).toEqual([5, 6, 8, 9]);
  });
});
