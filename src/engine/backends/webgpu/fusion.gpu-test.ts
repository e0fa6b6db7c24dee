// Elementwise fusion (kernels/fusion.ts) keeps the semantics of computing each op at once: a pending result
// holds the values its inputs had when it was made, whatever happens to them (or to it) afterwards. Runs in
// the browser (e2e/webgpu), on the WebGPU backend behind the default backend.

import { describe, expect, it } from 'vitest';
import type { DType, TypedArray } from '../../dtype.ts';
import { AutoBackend } from '../auto/backend.ts';
import type { DeviceBuffer, StridedView } from '../backend.ts';
import { asCpu } from '../cpu/buffer.ts';
import { CpuBackend } from '../cpu/index.ts';
import { defaultBackend } from '../registry.ts';
import { WebGpuBackend } from './backend.ts';

function gpuBackend(): WebGpuBackend {
  const backend = defaultBackend();
  const gpu = backend instanceof AutoBackend ? backend.webgpu : backend;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  return gpu;
}

const contiguous = (shape: readonly number[]): number[] => shape.map((_, d) => shape.slice(d + 1).reduce((a, e) => a * e, 1));
const view = (buffer: DeviceBuffer, shape: readonly number[] = [buffer.length], strides = contiguous(shape), offset = 0): StridedView => ({ buffer, shape, strides, offset });
const floats = (n: number, scale = 1): Float32Array => Float32Array.from({ length: n }, (_, i) => (((i * 37) % 23) - 11) * scale);
const array = (t: TypedArray): number[] => Array.from(t);

describe('fusion', () => {
  it('computes a chain of ops in one kernel, and none of the intermediates nobody reads', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(5000, 0.1), 'float32');
    await g.finish();
    const before = g.dispatches;
    let y: DeviceBuffer = x;
    for (const op of ['exp', 'neg', 'tanh', 'abs', 'sqrt'] as const) y = g.unary(op, view(y), 'float32');
    const z = g.binary('mul', view(y), view(x), 'float32');
    const values = await g.read(z);
    expect(g.dispatches - before).toBe(1);
    const cpu = new CpuBackend();
    let c: DeviceBuffer = cpu.upload(floats(5000, 0.1), 'float32');
    const cx = c;
    for (const op of ['exp', 'neg', 'tanh', 'abs', 'sqrt'] as const) c = cpu.unary(op, view(c), 'float32');
    const expected = await cpu.read(cpu.binary('mul', view(c), view(cx), 'float32'));
    for (let i = 0; i < values.length; i++) expect(Math.abs(values[i] - expected[i])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected[i])));
  });

  it('rounds each fused op to its own dtype (int64 truncation, bool) as unfused ops would', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(300, 0.37), 'float32');
    const ints = g.unary('identity', view(x), 'int64');
    const tripled = g.binary('mul', view(ints), view(g.upload(Float64Array.of(3), 'int64'), [300], [0]), 'int64');
    const positive = g.binary('gt', view(tripled), view(g.upload(Float64Array.of(0), 'int64'), [300], [0]), 'bool');
    const back = g.unary('identity', view(positive), 'float32');
    const expected = array(floats(300, 0.37)).map((v) => (Math.trunc(Math.fround(v)) * 3 > 0 ? 1 : 0));
    expect(array(await g.read(back))).toEqual(expected);
    expect(array(await g.read(tripled))).toEqual(array(floats(300, 0.37)).map((v) => Math.trunc(Math.fround(v)) * 3 + 0));
  });

  it('a pending result keeps the values its input had when it was made, after the input is written in place', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(1000), 'float32');
    const doubled = g.binary('add', view(x), view(x), 'float32');
    g.fill(view(x), 7);
    expect(array(await g.read(doubled))).toEqual(array(floats(1000)).map((v) => 2 * v));
    expect(array(await g.read(x)).every((v) => v === 7)).toBe(true);
  });

  it('x ← β·x + g runs as one kernel, and β·x, still readable, keeps its values', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(4096), 'float32');
    const grad = g.upload(floats(4096, 0.5), 'float32');
    const beta = g.upload(Float32Array.of(0.9), 'float32');
    await g.read(g.unary('identity', view(x), 'float32'));
    const before = g.dispatches;
    const scaled = g.binary('mul', view(x), view(beta, [4096], [0]), 'float32');
    const next = g.binary('add', view(scaled), view(grad), 'float32');
    g.write(view(x), view(next));
    // The write waits for a reader (kernels/pending-write.ts); reading x computes x and β·x together.
    expect(g.dispatches - before).toBe(0);
    const expectedScaled = array(floats(4096)).map((v) => Math.fround(v * Math.fround(0.9)));
    expect(array(await g.read(x))).toEqual(expectedScaled.map((v, i) => Math.fround(v + floats(4096, 0.5)[i])));
    expect(array(await g.read(scaled))).toEqual(expectedScaled);
    expect(g.dispatches - before).toBe(1);
  });

  it('x[1:] ← β·x[1:] + g, a write into part of x, runs at once as one kernel', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(4097), 'float32');
    const grad = g.upload(floats(4096, 0.5), 'float32');
    const beta = g.upload(Float32Array.of(0.9), 'float32');
    await g.read(g.unary('identity', view(x), 'float32'));
    const before = g.dispatches;
    const tail = view(x, [4096], [1], 1);
    g.write(tail, view(g.binary('add', view(g.binary('mul', tail, view(beta, [4096], [0]), 'float32')), view(grad), 'float32')));
    expect(g.dispatches - before).toBe(1);
    const old = array(floats(4097));
    expect(array(await g.read(x))).toEqual([old[0], ...old.slice(1).map((v, i) => Math.fround(Math.fround(v * Math.fround(0.9)) + floats(4096, 0.5)[i]))]);
  });

  it('a shifted write over its own source (x[1:] = 2·x[:-1]) reads the old values', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(3000), 'float32');
    const shifted = g.binary('add', view(x, [2999]), view(x, [2999]), 'float32');
    g.write(view(x, [2999], [1], 1), view(shifted));
    const old = array(floats(3000));
    expect(array(await g.read(x))).toEqual([old[0], ...old.slice(0, 2999).map((v) => 2 * v)]);
  });

  it('a released input of a pending result stays intact until the result is computed', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(2048), 'float32');
    const y = g.unary('neg', view(x), 'float32');
    g.release(x);
    // Allocations of the same size must not be handed x's memory meanwhile.
    for (let k = 0; k < 4; k++) g.upload(new Float32Array(2048).fill(99), 'float32');
    await g.finish();
    expect(array(await g.read(y))).toEqual(array(floats(2048)).map((v) => -v));
  });

  it('a released pending result that another one reads is computed for it, not dropped', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(64 * 64), 'float32');
    const t = g.unary('exp', view(x, [64, 64]), 'float32');
    // Read transposed, t cannot be inlined: it is an input of u, and must still be computed after release.
    const u = g.binary('add', view(t, [64, 64], [1, 64]), view(x, [64, 64]), 'float32');
    g.release(t);
    const values = await g.read(u);
    const xs = array(floats(64 * 64));
    const expected = xs.map((v, i) => Math.fround(Math.fround(Math.exp(xs[(i % 64) * 64 + Math.floor(i / 64)])) + v));
    for (let i = 0; i < expected.length; i++) expect(Math.abs(values[i] - expected[i])).toBeLessThanOrEqual(2e-6 * Math.max(1, Math.abs(expected[i])));
  });

  it('long chains and many inputs are split into several kernels, with the same values', async () => {
    const g = gpuBackend();
    const inputs = Array.from({ length: 9 }, (_, k) => g.upload(floats(777, 0.01 * (k + 1)), 'float32'));
    let acc: DeviceBuffer = inputs[0];
    for (let round = 0; round < 6; round++) for (const x of inputs.slice(1)) acc = g.binary('add', view(acc), view(x), 'float32');
    const expected = Array.from({ length: 777 }, (_, i) => {
      let v = floats(777, 0.01)[i];
      for (let round = 0; round < 6; round++) for (let k = 1; k < 9; k++) v = Math.fround(v + floats(777, 0.01 * (k + 1))[i]);
      return v;
    });
    expect(array(await g.read(acc))).toEqual(expected);
    expect(g.takeErrors()).toEqual([]);
  });

  it('a one-element input on the CPU (a Python number under automatic placement) is a constant: the chain stays pending', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(4096), 'float32');
    const beta = new CpuBackend().upload(Float32Array.of(0.9), 'float32');
    await g.finish();
    const before = g.dispatches;
    const scaled = g.binary('mul', view(x), view(beta, [4096], [0]), 'float32');
    const shifted = g.binary('add', view(scaled), view(x), 'float32');
    // Its value was taken when the expression was built: a later change to the CPU memory does not reach it.
    asCpu(beta).data[0] = 5;
    expect(g.dispatches - before).toBe(0);
    expect(array(await g.read(shifted))).toEqual(array(floats(4096)).map((v) => Math.fround(Math.fround(v * Math.fround(0.9)) + v)));
    expect(g.dispatches - before).toBe(1);
  });

  it('dtypes of pending inputs carry through where()', async () => {
    const g = gpuBackend();
    const x = g.upload(floats(500), 'float32');
    const mask = g.binary('gt', view(x), view(g.upload(Float32Array.of(0), 'float32'), [500], [0]), 'bool');
    const picked = g.where(view(mask), view(x), view(g.unary('neg', view(x), 'float32')), 'float32' as DType);
    expect(array(await g.read(picked))).toEqual(array(floats(500)).map((v) => (v > 0 ? v : -v)));
  });
});
