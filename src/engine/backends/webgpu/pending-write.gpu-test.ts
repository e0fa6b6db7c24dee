// Pending in-place writes (kernels/pending-write.ts) keep the semantics of writing at once: whatever reads the
// destination sees the new values, and whatever was made before the write (or inlines it) the old ones, while
// writes that read each other (an optimizer's moments and parameter) run as one kernel. Each case runs the same
// calls on the CPU backend, the reference. Runs in the browser (e2e/webgpu), on the WebGPU backend behind the
// default backend.

import { describe, expect, it } from 'vitest';
import { AutoBackend } from '../auto/backend.ts';
import type { Backend, DeviceBuffer, StridedView } from '../backend.ts';
import { CpuBackend } from '../cpu/index.ts';
import { defaultBackend } from '../registry.ts';
import { WebGpuBackend } from './backend.ts';

function gpuBackend(): WebGpuBackend {
  const backend = defaultBackend();
  const gpu = backend instanceof AutoBackend ? backend.webgpu : backend;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  return gpu;
}

const N = 4096;
const contiguous = (shape: readonly number[]): number[] => shape.map((_, d) => shape.slice(d + 1).reduce((a, e) => a * e, 1));
const view = (buffer: DeviceBuffer, shape: readonly number[] = [buffer.length], strides = contiguous(shape), offset = 0): StridedView => ({ buffer, shape, strides, offset });
const floats = (n: number, scale: number, shift = 0): Float32Array => Float32Array.from({ length: n }, (_, i) => ((((i + shift) * 37) % 23) - 11) * scale);

/**
 * Helpers over one backend: a number broadcast to N elements, and elementwise ops on whole buffers. Results are
 * remembered, so that a test can release what a step left behind, as the runtime does (engine/memory).
 */
function on(b: Backend) {
  const made: DeviceBuffer[] = [];
  const keep = (x: DeviceBuffer): DeviceBuffer => {
    made.push(x);
    return x;
  };
  const scalar = (v: number): StridedView => view(keep(b.upload(Float32Array.of(v), 'float32')), [N], [0]);
  return {
    b,
    upload: (data: Float32Array): DeviceBuffer => b.upload(data.slice(), 'float32'),
    add: (x: DeviceBuffer, y: DeviceBuffer): DeviceBuffer => keep(b.binary('add', view(x), view(y), 'float32')),
    mul: (x: DeviceBuffer, y: DeviceBuffer): DeviceBuffer => keep(b.binary('mul', view(x), view(y), 'float32')),
    div: (x: DeviceBuffer, y: DeviceBuffer): DeviceBuffer => keep(b.binary('div', view(x), view(y), 'float32')),
    scale: (x: DeviceBuffer, k: number): DeviceBuffer => keep(b.binary('mul', view(x), scalar(k), 'float32')),
    plus: (x: DeviceBuffer, k: number): DeviceBuffer => keep(b.binary('add', view(x), scalar(k), 'float32')),
    sqrt: (x: DeviceBuffer): DeviceBuffer => keep(b.unary('sqrt', view(x), 'float32')),
    write: (dst: DeviceBuffer, src: DeviceBuffer): void => b.write(view(dst), view(src)),
    /** Releases every result made so far: what no live value reaches at the end of a step. */
    releaseResults: (): void => {
      for (const x of made.splice(0)) b.release?.(x);
    },
  };
}

type Ops = ReturnType<typeof on>;

/** Runs `steps` on the GPU and on the CPU; each returns the buffers to compare, read in the order given. */
async function expectSameAsCpu(steps: (o: Ops) => DeviceBuffer[]): Promise<void> {
  const gpu = on(gpuBackend());
  const cpu = on(new CpuBackend());
  const gpuOut = steps(gpu);
  const cpuOut = steps(cpu);
  for (const [k, buffer] of gpuOut.entries()) {
    const actual = await gpu.b.read(buffer);
    const expected = await cpu.b.read(cpuOut[k]);
    for (let i = 0; i < expected.length; i++) {
      expect(Math.abs(actual[i] - expected[i]), `output ${k}, element ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected[i])));
    }
  }
}

/** Adam's update, as engine/optim/adam.ts writes it: both moments, then the parameter from them. */
function adam(o: Ops, p: DeviceBuffer, m: DeviceBuffer, v: DeviceBuffer, g: DeviceBuffer): void {
  o.write(m, o.add(o.scale(m, 0.9), o.scale(g, 0.1)));
  o.write(v, o.add(o.scale(v, 0.999), o.mul(o.scale(g, 0.001), g)));
  const denom = o.plus(o.scale(o.sqrt(v), 1 / Math.sqrt(1 - 0.999)), 1e-8);
  o.write(p, o.add(p, o.div(o.scale(m, -0.01 / (1 - 0.9)), denom)));
}

describe('pending in-place writes', () => {
  it("Adam's three writes run as one kernel, when the parameter is next read, with the values of three", async () => {
    const g = gpuBackend();
    const o = on(g);
    const [p, m, v, grad] = [o.upload(floats(N, 0.1)), o.upload(floats(N, 0.01, 3)), o.upload(floats(N, 0.001, 5).map(Math.abs)), o.upload(floats(N, 0.5, 7))];
    await g.finish();
    const before = g.dispatches;
    adam(o, p, m, v, grad);
    // The step's intermediates go, as the runtime releases them after optimizer.step(); the gradient too.
    o.releaseResults();
    g.release(grad);
    expect(g.dispatches - before).toBe(0);
    const values = [await g.read(p), await g.read(m), await g.read(v)];
    expect(g.dispatches - before).toBe(1);
    const c = on(new CpuBackend());
    const [cp, cm, cv, cg] = [c.upload(floats(N, 0.1)), c.upload(floats(N, 0.01, 3)), c.upload(floats(N, 0.001, 5).map(Math.abs)), c.upload(floats(N, 0.5, 7))];
    adam(c, cp, cm, cv, cg);
    const expected = [await c.b.read(cp), await c.b.read(cm), await c.b.read(cv)];
    for (const [k, e] of expected.entries()) {
      for (let i = 0; i < N; i++) expect(Math.abs(values[k][i] - e[i]), `buffer ${k}, element ${i}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(e[i])));
    }
  });

  it('without the intermediates released, the writes are still right (the old values they read are kept)', async () => {
    await expectSameAsCpu((o) => {
      const [p, m, v] = [o.upload(floats(N, 0.1)), o.upload(floats(N, 0.01, 3)), o.upload(floats(N, 0.001, 5).map(Math.abs))];
      adam(o, p, m, v, o.upload(floats(N, 0.5, 7)));
      return [p, m, v];
    });
  });

  it('two Adam steps in a row: the second step reads the first one\'s writes', async () => {
    await expectSameAsCpu((o) => {
      const [p, m, v] = [o.upload(floats(N, 0.1)), o.upload(floats(N, 0.01, 3)), o.upload(floats(N, 0.001, 5).map(Math.abs))];
      adam(o, p, m, v, o.upload(floats(N, 0.5, 7)));
      o.releaseResults();
      adam(o, p, m, v, o.upload(floats(N, 0.25, 11)));
      o.releaseResults();
      return [p, m, v];
    });
  });

  it('results made before a write keep the old values; results made after it see the new ones', async () => {
    await expectSameAsCpu((o) => {
      const m = o.upload(floats(N, 0.1));
      const before = o.scale(m, 2);
      o.write(m, o.plus(m, 1));
      const after = o.scale(m, 3);
      return [after, before, m];
    });
  });

  it('reading the destination through another view (transposed) performs the write first', async () => {
    await expectSameAsCpu((o) => {
      const m = o.upload(floats(N, 0.1));
      const old = o.plus(m, 0);
      o.write(m, o.plus(m, 1));
      const transposed = o.b.binary('add', view(m, [64, 64], [1, 64]), view(old, [64, 64]), 'float32');
      return [transposed, m, old];
    });
  });

  it('an input written in place after a pending write to another buffer: the write still reads its old values', async () => {
    await expectSameAsCpu((o) => {
      const m = o.upload(floats(N, 0.1));
      const grad = o.upload(floats(N, 0.5, 3));
      o.write(m, o.add(o.scale(m, 0.9), grad));
      o.b.fill(view(grad), 7);
      return [m, grad];
    });
  });

  it('a second write to the destination supersedes the first, and reads what it wrote', async () => {
    const g = gpuBackend();
    await g.finish();
    const before = g.dispatches;
    await expectSameAsCpu((o) => {
      const m = o.upload(floats(N, 0.1));
      o.write(m, o.plus(m, 1));
      o.write(m, o.scale(m, 2));
      return [m];
    });
    expect(g.dispatches - before).toBe(1);
  });

  it('a partial write, and a write of another dtype, perform the pending write first', async () => {
    await expectSameAsCpu((o) => {
      const m = o.upload(floats(N, 0.1));
      o.write(m, o.plus(m, 1));
      o.b.write(view(m, [100], [1], 10), view(o.scale(m, 5), [100], [1], 20));
      const ints = o.b.upload(new Float64Array(N), 'int64');
      const k = o.upload(floats(N, 0.3));
      o.write(k, o.plus(k, 2));
      o.b.write(view(ints), view(o.scale(k, 3)));
      return [m, o.b.unary('identity', view(ints), 'float32'), k];
    });
  });

  it('a released destination drops its write; results made before it still read the old values', async () => {
    const g = gpuBackend();
    const o = on(g);
    const m = o.upload(floats(N, 0.1));
    const old = o.scale(m, 1);
    // Read transposed, `old` cannot be inlined into `later`, so it stays pending, reading m's old values.
    o.write(m, o.plus(m, 1));
    const later = g.binary('add', view(old, [64, 64], [1, 64]), view(old, [64, 64]), 'float32');
    g.release(m);
    for (let k = 0; k < 4; k++) o.upload(new Float32Array(N).fill(99));
    const x = floats(N, 0.1);
    const values = await g.read(later);
    for (let i = 0; i < N; i++) expect(values[i]).toBe(Math.fround(x[(i % 64) * 64 + Math.floor(i / 64)] + x[i]));
    expect(g.takeErrors()).toEqual([]);
  });

  it('a matrix product reading the parameter performs its write (and the moments\') first', async () => {
    await expectSameAsCpu((o) => {
      const [p, m, v] = [o.upload(floats(N, 0.1)), o.upload(floats(N, 0.01, 3)), o.upload(floats(N, 0.001, 5).map(Math.abs))];
      adam(o, p, m, v, o.upload(floats(N, 0.5, 7)));
      const product = o.b.matmul(view(p, [1, 64, 64]), view(p, [1, 64, 64], [N, 1, 64]), 'float32');
      return [product, m, v, p];
    });
  });
});
