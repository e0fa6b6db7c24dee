// Automatic placement on a real adapter (runs in the browser, e2e/webgpu): where memory and work go, how CPU
// memory moves up when GPU work needs it, PyTorch's device names and same-device check, and the fall back to
// the CPU when the GPU device is lost.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backward } from '../../autograd/backward.ts';
import { EngineError } from '../../errors.ts';
import { add, mul } from '../../ops/arithmetic.ts';
import { fromValues } from '../../ops/creation.ts';
import { deviceOf, placeOn, toDevice } from '../../ops/device.ts';
import { matmul } from '../../ops/matmul.ts';
import { sum } from '../../ops/reduce.ts';
import { pyScalar } from '../../ops/scalar.ts';
import { engineErrorOf } from '../../test-support.ts';
import type { Tensor } from '../../tensor.ts';
import { CpuBackend } from '../cpu/index.ts';
import { defaultBackend, setDefaultBackend } from '../registry.ts';
import { createWebGpuBackend } from '../webgpu/index.ts';
import { WebGpuBackend } from '../webgpu/backend.ts';
import { WebGpuBuffer } from '../webgpu/buffer.ts';
import type { Backend } from '../backend.ts';
import { AutoBackend } from './backend.ts';
import { PlacedBuffer } from './placed.ts';

let previous: Backend;
let auto: AutoBackend;

beforeEach(() => {
  previous = defaultBackend();
  const gpu = previous instanceof AutoBackend ? previous.webgpu : previous;
  if (!(gpu instanceof WebGpuBackend)) throw new Error('these tests need a WebGPU backend behind the default backend (e2e/webgpu)');
  auto = new AutoBackend(new CpuBackend(), gpu);
  setDefaultBackend(auto);
});

afterEach(() => setDefaultBackend(previous));

/** Where a tensor's elements are held right now. */
function heldOn(t: Tensor): 'cpu' | 'gpu' {
  const buffer = t.storage.buffer;
  if (!(buffer instanceof PlacedBuffer)) throw new Error('not a placed tensor');
  return buffer.inner instanceof WebGpuBuffer ? 'gpu' : 'cpu';
}

const range = (n: number, scale = 1): number[] => Array.from({ length: n }, (_, i) => ((i % 17) - 8) * scale);

describe('automatic placement', () => {
  it('keeps small tensors and their ops on the CPU', () => {
    const x = fromValues([1, 2, 3], [3]);
    const y = mul(add(x, 1), x);
    expect([heldOn(x), heldOn(y)]).toEqual(['cpu', 'cpu']);
    expect(auto.name).toMatch(/^CPU \+ WebGPU \(.+\)$/);
  });

  it('starts large float32 data on the GPU, and keeps float64, int64 and bool on the CPU', () => {
    const n = 1 << 16;
    expect(heldOn(fromValues(range(n), [n]))).toBe('gpu');
    expect(heldOn(fromValues(range(n), [n], 'float64'))).toBe('cpu');
    expect(heldOn(fromValues(range(n), [n], 'int64'))).toBe('cpu');
  });

  it('runs a large product of CPU matrices on the GPU, moving its operands up, with the CPU\'s result', async () => {
    const a = fromValues(range(256 * 200, 0.01), [256, 200]);
    const b = fromValues(range(200 * 64, 0.02), [200, 64]);
    expect([heldOn(a), heldOn(b)]).toEqual(['cpu', 'cpu']);
    const expected = await (async () => {
      setDefaultBackend(new CpuBackend());
      try {
        return await matmul(fromValues(range(256 * 200, 0.01), [256, 200]), fromValues(range(200 * 64, 0.02), [200, 64])).data();
      } finally {
        setDefaultBackend(auto);
      }
    })();
    const c = matmul(a, b);
    expect([heldOn(a), heldOn(b), heldOn(c)]).toEqual(['gpu', 'gpu', 'gpu']);
    const got = await c.data();
    for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - expected[i])).toBeLessThanOrEqual(1e-4);
  });

  it('runs an op on the GPU when one input is there; a tiny CPU operand is copied up per use, not moved', () => {
    const big = fromValues(range(1 << 16), [256, 256]);
    const small = fromValues([2], [1]);
    const out = mul(big, small);
    expect([heldOn(out), heldOn(small)]).toEqual(['gpu', 'cpu']);
  });
});

describe('PyTorch devices', () => {
  it('.to("cuda") holds a copy on the GPU named cuda; .to("cpu") names it cpu again', async () => {
    const x = placeOn(fromValues([1, 2, 3], [3]), 'cpu');
    const g = toDevice(x, 'cuda');
    expect([deviceOf(x), deviceOf(g), heldOn(g)]).toEqual(['cpu', 'cuda', 'gpu']);
    expect(toDevice(g, 'cuda')).toBe(g);
    const back = toDevice(g, 'cpu');
    expect(deviceOf(back)).toBe('cpu');
    expect(Array.from(await back.data())).toEqual([1, 2, 3]);
  });

  it('results of ops on cuda tensors are on cuda', () => {
    const g = toDevice(fromValues([1, 2], [2]), 'cuda');
    expect(deviceOf(add(g, g))).toBe('cuda');
    expect(deviceOf(sum(g))).toBe('cuda');
  });

  it('mixing cuda and cpu tensors raises PyTorch\'s RuntimeError', () => {
    const g = toDevice(fromValues([1, 2], [2]), 'cuda');
    const c = placeOn(fromValues([3, 4], [2]), 'cpu');
    const error = engineErrorOf(() => add(g, c));
    expect(error).toBeInstanceOf(EngineError);
    expect([error.pyType, error.message]).toEqual(['RuntimeError', 'Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!']);
  });

  it('a Python number or a one-element cpu tensor may meet a cuda tensor, as in PyTorch', async () => {
    const g = toDevice(fromValues([1, 2], [2]), 'cuda');
    expect(Array.from(await mul(g, pyScalar(3, 'int')).data())).toEqual([3, 6]);
    expect(Array.from(await mul(g, placeOn(fromValues([2], []), 'cpu')).data())).toEqual([2, 4]);
  });

  it('gradients flow back through .to() to the original device', async () => {
    const x = placeOn(fromValues([1, 2, 3], [3]), 'cpu').setRequiresGrad(true);
    const loss = sum(mul(toDevice(x, 'cuda'), 2));
    expect(loss.gradFn?.name).toBe('SumBackward0');
    backward(loss);
    const grad = x.grad as Tensor;
    expect(deviceOf(grad)).toBe('cpu');
    expect(Array.from(await grad.data())).toEqual([2, 2, 2]);
  });

  it('moving a parameter in place keeps the tensor and names it cuda (model.to(device))', () => {
    const w = placeOn(fromValues([1, 2], [2]), 'cpu');
    expect(placeOn(w, 'cuda')).toBe(w);
    expect([deviceOf(w), heldOn(w)]).toEqual(['cuda', 'gpu']);
  });
});

describe('losing the GPU', () => {
  it('falls back to the CPU: tensors held by the lost device raise, new work runs on the CPU, the learner is told once', async () => {
    const { backend: spare } = await createWebGpuBackend({ tuning: 'skip' });
    const own = new AutoBackend(new CpuBackend(), spare);
    own.placement = 'webgpu';
    setDefaultBackend(own);
    const before = fromValues([1, 2], [2]);
    expect(heldOn(before)).toBe('gpu');
    spare.device.destroy();
    await spare.device.lost;
    expect(own.name).toBe('CPU');
    expect(own.takeNotice()).toMatch(/^WebGPU device lost \(.*\); switched to the CPU$/);
    expect(own.takeNotice()).toBeNull();
    const error = engineErrorOf(() => add(before, 1));
    expect(error.message).toBe('The WebGPU device was lost, and this tensor with it. Run the program again: Tandem now runs it on the CPU.');
    const after = add(fromValues([1, 2], [2]), 1);
    expect(heldOn(after)).toBe('cpu');
    expect(Array.from(await after.data())).toEqual([2, 3]);
  });
});
