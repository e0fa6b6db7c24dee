// The WebGPU kernels against the CPU backend (the reference) on problems the engine's fixture tests are too
// small to reach: every matmul variant on aligned, ragged, transposed and batched operands; both long-row
// reduction variants (workgroup trees, a thread per chunk) and their second passes; grid-stride loops with few threads; float atomics with repeated indices; in-place writes
// over overlapping views; buffers released to the pool and reused. Runs in the browser (e2e/webgpu), with the
// WebGPU backend behind the default backend.

import { describe, expect, it } from 'vitest';
import type { DType, TypedArray } from '../../dtype.ts';
import { allocArray } from '../../dtype.ts';
import { AutoBackend } from '../auto/backend.ts';
import type { Backend, UnaryOp, DeviceBuffer, ReduceOp, StridedView } from '../backend.ts';
import { CpuBackend } from '../cpu/index.ts';
import { defaultBackend } from '../registry.ts';
import { WebGpuBackend } from './backend.ts';
import type { MatmulVariant } from './gpu.ts';

function gpuBackend(): WebGpuBackend {
  const backend = defaultBackend();
  const gpu = backend instanceof AutoBackend ? backend.webgpu : backend;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  return gpu;
}

const cpu = new CpuBackend();

/** Deterministic values in [-1, 1) (integers in [-50, 50) for int64, alternating for bool). */
function values(n: number, dtype: DType, seed = 1): TypedArray {
  const out = allocArray(dtype, n);
  let s = seed * 2654435761;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const u = s / 2147483648;
    out[i] = dtype === 'int64' ? Math.floor(u * 100) - 50 : dtype === 'bool' ? (u > 0.5 ? 1 : 0) : u * 2 - 1;
  }
  return out;
}

interface Pair {
  readonly gpu: DeviceBuffer;
  readonly cpu: DeviceBuffer;
}

function upload(data: TypedArray, dtype: DType): Pair {
  return { gpu: gpuBackend().upload(data.slice(), dtype), cpu: cpu.upload(data.slice(), dtype) };
}

const contiguous = (shape: readonly number[]): number[] => shape.map((_, d) => shape.slice(d + 1).reduce((a, e) => a * e, 1));

function view(buffer: DeviceBuffer, shape: readonly number[], strides = contiguous(shape), offset = 0): StridedView {
  return { buffer, shape, strides, offset };
}

/** Runs `op` on both backends over the same geometry and returns both results read back. */
async function onBoth(op: (backend: Backend, side: 'gpu' | 'cpu') => DeviceBuffer): Promise<{ gpu: TypedArray; cpu: TypedArray }> {
  const g = gpuBackend();
  return { gpu: await g.read(op(g, 'gpu')), cpu: await cpu.read(op(cpu, 'cpu')) };
}

function expectClose(actual: TypedArray, expected: TypedArray, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const a = actual[i];
    if ((Number.isNaN(e) && Number.isNaN(a)) || a === e) continue;
    const err = Math.abs(a - e) / Math.max(1, Math.abs(e));
    if (!(err <= worst)) {
      worst = err;
      at = i;
    }
  }
  expect(worst, `worst relative error at ${at}: ${actual[at]} vs ${expected[at]}`).toBeLessThanOrEqual(tolerance);
}

describe('matmul variants match the CPU', () => {
  const variants: { variant: MatmulVariant; block: readonly [number, number]; name: string }[] = [
    { variant: 'blocked', block: [4, 1], name: 'blocked' },
    { variant: 'blocked-vec4', block: [4, 1], name: 'blocked-vec4 4x4' },
    { variant: 'blocked-vec4', block: [8, 2], name: 'blocked-vec4 8x8' },
    { variant: 'tiled', block: [4, 1], name: 'tiled' },
  ];
  const cases: { name: string; batch: number; m: number; k: number; n: number; transposeA?: boolean; transposeB?: boolean }[] = [
    { name: 'square 128', batch: 1, m: 128, k: 128, n: 128 },
    { name: 'ragged 133x97 @ 97x71', batch: 1, m: 133, k: 97, n: 71 },
    { name: 'x @ W.T, as nn.Linear (64x784 @ 784x128)', batch: 1, m: 64, k: 784, n: 128, transposeB: true },
    { name: 'x.T @ g, as a weight gradient (128x64 @ 64x96)', batch: 1, m: 128, k: 64, n: 96, transposeA: true },
    { name: 'batched 3 x (72x52 @ 52x36)', batch: 3, m: 72, k: 52, n: 36 },
  ];
  for (const { variant, block, name } of variants) {
    for (const c of cases) {
      it(`${name}: ${c.name}`, async () => {
        const g = gpuBackend();
        const saved = g.matmulChoice;
        // The vec4 kernel only takes aligned problems; the backend gives others to the general variant.
        g.matmulChoice = { aligned: variant, general: variant === 'blocked-vec4' ? 'blocked' : variant, vec4Block: block };
        try {
          const a = upload(values(c.batch * c.m * c.k, 'float32', 1), 'float32');
          const b = upload(values(c.batch * c.k * c.n, 'float32', 2), 'float32');
          // A transposed operand is stored (B, cols, rows) and viewed with swapped strides, as .t() does.
          const aView = (buf: DeviceBuffer): StridedView =>
            c.transposeA ? view(buf, [c.batch, c.m, c.k], [c.m * c.k, 1, c.m]) : view(buf, [c.batch, c.m, c.k]);
          const bView = (buf: DeviceBuffer): StridedView =>
            c.transposeB ? view(buf, [c.batch, c.k, c.n], [c.k * c.n, 1, c.k]) : view(buf, [c.batch, c.k, c.n]);
          const r = await onBoth((backend, side) => backend.matmul(aView(a[side]), bView(b[side]), 'float32'));
          expectClose(r.gpu, r.cpu, 1e-6 * Math.sqrt(c.k));
        } finally {
          g.matmulChoice = saved;
        }
      });
    }
  }

  it('int64 matrices multiply exactly', async () => {
    const a = upload(values(20 * 30, 'int64', 3), 'int64');
    const b = upload(values(30 * 10, 'int64', 4), 'int64');
    const r = await onBoth((backend, side) => backend.matmul(view(a[side], [1, 20, 30]), view(b[side], [1, 30, 10]), 'int64'));
    expect(Array.from(r.gpu)).toEqual(Array.from(r.cpu));
  });

  it('offsets and row strides of a sliced operand', async () => {
    const a = upload(values(100 * 80, 'float32', 5), 'float32');
    const b = upload(values(80 * 72, 'float32', 6), 'float32');
    // a[10:74, 8:72] of a 100x80 matrix, b[:64, 4:68] of an 80x72 one.
    const r = await onBoth((backend, side) =>
      backend.matmul(view(a[side], [1, 64, 64], [8000, 80, 1], 10 * 80 + 8), view(b[side], [1, 64, 64], [5760, 72, 1], 4), 'float32'),
    );
    expectClose(r.gpu, r.cpu, 2e-4);
  });
});

describe('reductions match the CPU', () => {
  const ops: ReduceOp[] = ['sum', 'max', 'min', 'any', 'all'];
  for (const variant of ['tree', 'split'] as const) {
    for (const op of ops) {
      it(`${op}, ${variant}: few long rows (3 x 5000, and 40 columns of 300), then two passes over 100,000`, async () => {
        const g = gpuBackend();
        const saved = g.gpu.reduceVariant;
        g.gpu.reduceVariant = variant;
        try {
          const x = upload(values(15000, 'float32', 7), 'float32');
          const outDtype: DType = op === 'any' || op === 'all' ? 'bool' : 'float32';
          const rows = await onBoth((backend, side) => backend.reduce(op, view(x[side], [3, 5000]), [1], outDtype));
          expectClose(rows.gpu, rows.cpu, 1e-5);
          // A bias gradient's shape: the sum over a batch, down the columns (rows strided by 40).
          const columns = await onBoth((backend, side) => backend.reduce(op, view(x[side], [300, 40]), [0], outDtype));
          expectClose(columns.gpu, columns.cpu, 1e-5);
          const big = upload(values(100_000, 'float32', 8), 'float32');
          const all = await onBoth((backend, side) => backend.reduce(op, view(big[side], [100_000]), [0], outDtype));
          expectClose(all.gpu, all.cpu, 1e-5);
          // Rows whose length does not divide into the chunks evenly: the last chunk is short.
          const ragged = await onBoth((backend, side) => backend.reduce(op, view(big[side], [7, 9001], [9001, 1], 37), [1], outDtype));
          expectClose(ragged.gpu, ragged.cpu, 1e-5);
        } finally {
          g.gpu.reduceVariant = saved;
        }
      });
    }
  }

  it('int64 sums over few long rows are exact with either variant', async () => {
    const g = gpuBackend();
    const saved = g.gpu.reduceVariant;
    const x = upload(values(5 * 3001, 'int64', 24), 'int64');
    try {
      for (const variant of ['tree', 'split'] as const) {
        g.gpu.reduceVariant = variant;
        const sum = await onBoth((backend, side) => backend.reduce('sum', view(x[side], [5, 3001]), [1], 'int64'));
        expect(Array.from(sum.gpu)).toEqual(Array.from(sum.cpu));
      }
    } finally {
      g.gpu.reduceVariant = saved;
    }
  });

  it('sum over a middle axis of a permuted view (many outputs, a thread each)', async () => {
    const x = upload(values(6 * 7 * 40, 'float32', 9), 'float32');
    // (6, 7, 40) seen as (40, 6, 7): strides (1, 280, 40).
    const r = await onBoth((backend, side) => backend.reduce('sum', view(x[side], [40, 6, 7], [1, 280, 40]), [1], 'float32'));
    expectClose(r.gpu, r.cpu, 1e-6);
  });

  it('a NaN wins max, min and argmax, as in PyTorch', async () => {
    const data = values(4000, 'float32', 10);
    data[2345] = NaN;
    const x = upload(data, 'float32');
    for (const op of ['max', 'min'] as const) {
      const r = await onBoth((backend, side) => backend.reduce(op, view(x[side], [4000]), [0], 'float32'));
      expect(r.gpu[0]).toBeNaN();
    }
    const arg = await onBoth((backend, side) => backend.argReduce('argmax', view(x[side], [4, 1000]), 1));
    expect(Array.from(arg.gpu)).toEqual(Array.from(arg.cpu));
    expect(arg.gpu[2]).toBe(345);
  });

  it('int64 sums and prefix sums are exact', async () => {
    const x = upload(values(3 * 2000, 'int64', 11), 'int64');
    const sum = await onBoth((backend, side) => backend.reduce('sum', view(x[side], [3, 2000]), [1], 'int64'));
    expect(Array.from(sum.gpu)).toEqual(Array.from(sum.cpu));
    const cumsum = await onBoth((backend, side) => backend.cumsum(view(x[side], [3, 2000]), 1, 'int64'));
    expect(Array.from(cumsum.gpu)).toEqual(Array.from(cumsum.cpu));
  });

  it('cumsum along the middle axis of a transposed view', async () => {
    const x = upload(values(5 * 300 * 4, 'float32', 12), 'float32');
    const r = await onBoth((backend, side) => backend.cumsum(view(x[side], [4, 300, 5], [1, 4, 1200]), 1, 'float32'));
    expectClose(r.gpu, r.cpu, 1e-5);
  });
});

describe('softmax matches the CPU', () => {
  // Short rows take a thread each; long rows a workgroup tree where the adapter prefers trees or the rows are
  // too few to go round (otherwise a thread each again): every shape below, under both preferences.
  const cases: { name: string; shape: number[]; axis: number; strides?: number[] }[] = [
    { name: 'a batch of 64 rows of 10 classes', shape: [64, 10], axis: 1 },
    { name: '3 long rows of 5000', shape: [3, 5000], axis: 1 },
    { name: '300 rows of 700', shape: [300, 700], axis: 1 },
    { name: 'long columns of a transposed view (700 x 40, dim 0)', shape: [700, 40], axis: 0, strides: [1, 700] },
  ];
  for (const variant of ['tree', 'split'] as const) {
    for (const c of cases) {
      for (const log of [false, true]) {
        it(`${log ? 'log_softmax' : 'softmax'}, ${variant} preferred: ${c.name}`, async () => {
          const g = gpuBackend();
          const saved = g.gpu.reduceVariant;
          g.gpu.reduceVariant = variant;
          try {
            const n = c.shape.reduce((a, d) => a * d, 1);
            // Scaled so that exp() of the unshifted values would overflow float32.
            const x = upload(values(n, 'float32', 25).map((v) => v * 200), 'float32');
            const r = await onBoth((backend, side) => backend.softmax(view(x[side], c.shape, c.strides), c.axis, log, 'float32'));
            expectClose(r.gpu, r.cpu, log ? 1e-6 : 1e-5);
          } finally {
            g.gpu.reduceVariant = saved;
          }
        });
      }
    }
  }

  it('long rows holding +inf, only -inf, or NaN are NaN, as short ones are', async () => {
    const data = values(4 * 1000, 'float32', 26);
    data[10] = Infinity;
    data.fill(-Infinity, 1000, 2000);
    data[2500] = NaN;
    const x = upload(data, 'float32');
    for (const log of [false, true]) {
      const r = await onBoth((backend, side) => backend.softmax(view(x[side], [4, 1000]), 1, log, 'float32'));
      expect(Array.from(r.gpu.slice(0, 3000)).every(Number.isNaN)).toBe(true);
      expectClose(r.gpu, r.cpu, 1e-5);
    }
  });
});

describe('elementwise kernels', () => {
  it('walk many elements per thread when the thread cap is small (grid-stride loops)', async () => {
    const g = gpuBackend();
    const saved = g.gpu.threadCap;
    g.gpu.threadCap = 256;
    try {
      const a = upload(values(300 * 77, 'float32', 13), 'float32');
      const b = upload(values(77, 'float32', 14), 'float32');
      // a (300, 77) + b broadcast along rows, then a transposed copy.
      const sum = await onBoth((backend, side) => backend.binary('add', view(a[side], [300, 77]), view(b[side], [300, 77], [0, 1]), 'float32'));
      expectClose(sum.gpu, sum.cpu, 0);
      const copy = await onBoth((backend, side) => backend.unary('identity', view(a[side], [77, 300], [1, 77]), 'float32'));
      expectClose(copy.gpu, copy.cpu, 0);
    } finally {
      g.gpu.threadCap = saved;
    }
  });

  it('carry NaN and infinities through every float unary op as the CPU does', async () => {
    const data = values(4096, 'float32', 17);
    [NaN, Infinity, -Infinity, 0, -0, 1e30, -1e30, 88.8, -104].forEach((special, k) => (data[k * 97] = special));
    const x = upload(data, 'float32');
    const ops: UnaryOp[] = ['neg', 'abs', 'exp', 'log', 'log1p', 'expm1', 'sqrt', 'rsqrt', 'reciprocal', 'tanh', 'sigmoid', 'relu', 'erf', 'round', 'floor'];
    const specials = [0, 97, 194, 291, 388, 485, 582, 679, 776];
    const mismatches: string[] = [];
    for (const op of ops) {
      const r = await onBoth((backend, side) => backend.unary(op, view(x[side], [4096]), 'float32'));
      for (const i of specials) {
        const [g, c] = [r.gpu[i]!, r.cpu[i]!];
        const same = (Number.isNaN(g) && Number.isNaN(c)) || g === c || Math.abs(g - c) <= 1e-5 * Math.abs(c);
        if (!same) mismatches.push(`${op}(${data[i]}) = ${g} on the GPU, ${c} on the CPU`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('read an operand still on the CPU backend by uploading it', async () => {
    const g = gpuBackend();
    const data = values(1000, 'float32', 15);
    const onGpu = g.upload(data.slice(), 'float32');
    const onCpu = cpu.upload(data.slice(), 'float32');
    const out = await g.read(g.binary('sub', view(onGpu, [1000]), view(onCpu, [1000]), 'float32'));
    expect(Array.from(out).every((v) => v === 0)).toBe(true);
  });

  it('write over an overlapping view reads the old values (x[1:] = x[:-1])', async () => {
    const x = upload(values(5000, 'float32', 16), 'float32');
    const r = await onBoth((backend, side) => {
      backend.write(view(x[side], [4999], [1], 1), view(x[side], [4999]));
      return x[side];
    });
    expectClose(r.gpu, r.cpu, 0);
  });
});

describe('indexing kernels', () => {
  it('scatterAdd sums repeated positions (float atomics) and take gathers them back', async () => {
    const n = 20000;
    const length = 97;
    const positions = allocArray('int64', n).map((_, i) => (i * 31) % length);
    const index = upload(positions, 'int64');
    const src = upload(values(n, 'float32', 17), 'float32');
    const added = await onBoth((backend, side) => backend.scatterAdd(length, view(index[side], [n]), view(src[side], [n]), 'float32'));
    expectClose(added.gpu, added.cpu, 1e-4);
    const table = upload(values(length * 3, 'float32', 18), 'float32');
    const taken = await onBoth((backend, side) => backend.take(view(table[side], [3, length], [1, 3]), view(index[side], [n])));
    expectClose(taken.gpu, taken.cpu, 0);
  });

  it('put writes through a strided destination', async () => {
    const dst = upload(values(50 * 40, 'float32', 19), 'float32');
    const index = upload(allocArray('int64', 300).map((_, i) => (i * 7) % 2000), 'int64');
    const src = upload(values(300, 'float32', 20), 'float32');
    const r = await onBoth((backend, side) => {
      backend.put(view(dst[side], [40, 50], [1, 40]), view(index[side], [300]), view(src[side], [300]));
      return dst[side];
    });
    expectClose(r.gpu, r.cpu, 0);
  });

  it('checkIndex wraps negative indices computed on the GPU and clamps the rest (no synchronous error there)', async () => {
    const g = gpuBackend();
    const raw = upload(Float64Array.from({ length: 2000 }, (_, i) => (i % 20) - 10), 'int64');
    // Computed on the GPU (index * 1), so no host values: wrapped and clamped instead of raising.
    const computed = g.binary('mul', view(raw.gpu, [2000]), view(g.upload(Float64Array.of(1), 'int64'), [2000], [0]), 'int64');
    const wrapped = await g.read(g.checkIndex(view(computed, [2000]), 8, { wrapNegative: true, message: (i) => `index ${i}` }));
    // -10..-1 wrap to -2..7 (the first two clamp to 0), 0..9 clamp at 7.
    expect(Array.from(wrapped.slice(0, 20))).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 7, 7]);
  });
});

describe('memory', () => {
  it('a released buffer returns to the pool and is reused by the next allocation of its size', async () => {
    // Other tests' tensors go back to the pool whenever the garbage collector runs, so pool-wide counts can move
    // across an await; this test checks only what it owns: the GPUBuffer itself, and counts read without awaiting.
    const g = gpuBackend();
    await g.finish();
    const size = 1_234_567; // a bucket no other test allocates
    const first = g.upload(values(size, 'float32', 21), 'float32');
    const gpu = first.gpu;
    g.release(first);
    await g.finish();
    const second = g.upload(values(size, 'float32', 22), 'float32');
    expect(second.gpu).toBe(gpu);
    const live = g.memory().liveBuffers;
    g.release(second);
    expect(g.memory().liveBuffers).toBe(live - 1);
  });

  it('using a released buffer is an internal error, caught loudly', () => {
    const g = gpuBackend();
    const x = g.upload(values(10, 'float32', 23), 'float32');
    g.release(x);
    expect(() => g.unary('neg', view(x, [10]), 'float32')).toThrow('released');
  });

  it('int64 values beyond 32 bits cannot go to the GPU', () => {
    expect(() => gpuBackend().upload(Float64Array.of(1, 2 ** 40), 'int64')).toThrow('32-bit');
  });
});
