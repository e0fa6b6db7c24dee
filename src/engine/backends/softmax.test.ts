// The softmax primitive on the default backend (the CPU in Vitest; WebGPU in e2e/webgpu, which runs this file
// unchanged), against PyTorch 1.13: rows along the last, a middle and a transposed axis, and the infinities and
// NaNs PyTorch gives for rows holding +inf, only -inf, or NaN.

import { describe, expect, it } from 'vitest';
import type { TypedArray } from '../dtype.ts';
import { logSoftmax, softmax } from '../ops/activation.ts';
import { fromValues } from '../ops/creation.ts';
import type { DeviceBuffer, StridedView } from './backend.ts';
import { defaultBackend } from './registry.ts';

const contiguous = (shape: readonly number[]): number[] => shape.map((_, d) => shape.slice(d + 1).reduce((a, e) => a * e, 1));

function view(values: readonly number[], shape: readonly number[], strides = contiguous(shape)): StridedView {
  return { buffer: defaultBackend().upload(Float32Array.from(values), 'float32'), shape, strides, offset: 0 };
}

async function read(buffer: DeviceBuffer): Promise<number[]> {
  return Array.from<number>(await defaultBackend().read(buffer));
}

/** Equal within float32 rounding (a few ulps), NaN to NaN and infinities exactly. */
function expectClose(actual: readonly number[] | TypedArray, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    if (Number.isNaN(e) || !Number.isFinite(e)) expect(a, `element ${i}`).toBe(e);
    else expect(Math.abs(a - e), `element ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(4e-7 * Math.max(1, Math.abs(e)));
  });
}

const inf = Infinity;

describe('softmax and log_softmax as one backend kernel', () => {
  const edges = [-inf, -inf, -inf, inf, 1, 2, NaN, 1, 2, 1, 2, 3, -inf, 0, 1];

  it('softmax rows: a row holding +inf, only -inf, or NaN is NaN; -inf elsewhere gives 0', async () => {
    const out = await read(defaultBackend().softmax(view(edges, [5, 3]), 1, false, 'float32'));
    expectClose(out, [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 0.09003057330846786, 0.2447284758090973, 0.6652409434318542, 0, 0.2689414322376251, 0.7310585975646973]);
  });

  it('log_softmax rows: the same NaNs, and -inf for an element of -inf', async () => {
    const out = await read(defaultBackend().softmax(view(edges, [5, 3]), 1, true, 'float32'));
    expectClose(out, [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, -2.4076058864593506, -1.4076058864593506, -0.40760594606399536, -inf, -1.31326162815094, -0.31326165795326233]);
  });

  it('along a middle axis, written in the input\'s row-major order', async () => {
    const y = Array.from({ length: 24 }, (_, i) => i / 7);
    const out = await read(defaultBackend().softmax(view(y, [2, 3, 4]), 1, false, 'float32'));
    const first = [0.1693047136068344, 0.1693047285079956, 0.1693047136068344, 0.1693047285079956, 0.2998039424419403, 0.2998039424419403];
    expectClose(out.slice(0, 6), first);
    expectClose(out.slice(8, 12), [0.5308912992477417, 0.5308912992477417, 0.5308912992477417, 0.5308912992477417]);
  });

  it('over a transposed view (y.transpose(0, 2), dim 1)', async () => {
    const y = Array.from({ length: 24 }, (_, i) => i / 7);
    // (2, 3, 4) seen as (4, 3, 2): strides (1, 4, 12).
    const out = await read(defaultBackend().softmax(view(y, [4, 3, 2], [1, 4, 12]), 1, true, 'float32'));
    expectClose(out.slice(0, 6), [-1.776055097579956, -1.776055097579956, -1.2046265602111816, -1.2046265602111816, -0.6331979632377625, -0.6331979632377625]);
    expectClose(out.slice(18), [-1.776055097579956, -1.7760552167892456, -1.2046265602111816, -1.2046266794204712, -0.6331979632377625, -0.6331979036331177]);
  });

  it('along dim 0, where the shift differs per column', async () => {
    const z = Array.from({ length: 12 }, (_, i) => i * 1.5 - 7);
    const out = await read(defaultBackend().softmax(view(z, [3, 4]), 0, false, 'float32'));
    const column = [6.128982477093814e-6, 0.0024726081173866987, 0.9975212216377258];
    expectClose(out, column.flatMap((p) => [p, p, p, p]));
  });

  it('torch.softmax and torch.log_softmax of a 0-d tensor: 1 and 0, NaN for infinities', async () => {
    expect(await softmax(fromValues([3], []), 0).item()).toBe(1);
    expect(await logSoftmax(fromValues([3], []), 0).item()).toBe(0);
    expect(await softmax(fromValues([inf], []), 0).item()).toBeNaN();
    expect(await logSoftmax(fromValues([-inf], []), -1).item()).toBeNaN();
  });

  it('empty rows and empty batches give empty outputs', async () => {
    expect(await read(defaultBackend().softmax(view([], [0, 3]), 1, false, 'float32'))).toEqual([]);
    expect(await read(defaultBackend().softmax(view([], [2, 0]), 1, true, 'float32'))).toEqual([]);
  });
});
