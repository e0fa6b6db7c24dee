// Filling arrays the way ATen's CPU distribution kernels do, element by element in memory order, so that a
// seeded program draws exactly PyTorch's numbers.

import type { DType, TypedArray } from '../dtype.ts';
import { allocArray } from '../dtype.ts';
import { cephesLogf, cephesSincosf, fmaf } from './float32-math.ts';
import type { Generator } from './generator.ts';

export function uniformValues(gen: Generator, dtype: DType, length: number, from: number, to: number): TypedArray {
  const out = allocArray(dtype, length);
  for (let i = 0; i < length; i++) out[i] = dtype === 'float32' ? gen.uniformFloat32(from, to) : gen.uniformFloat64(from, to);
  return out;
}

const f = Math.fround;
const TWO_PI_F = f(2 * Math.PI);

/**
 * normal_ on a float32 tensor of 16+ elements (PyTorch's normal_fill_AVX2, what x86 builds run): all elements first get uniforms,
 * then each block of 16 becomes 16 normals by Box–Muller (cos half in the first 8, sin half in the last 8).
 * A ragged tail redraws the last 16 elements and transforms them again, overlapping the previous block.
 */
function normalFillFloat32(gen: Generator, out: Float32Array, mean: number, std: number): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = gen.uniformFloat32(0, 1);
  const m = f(mean);
  const s = f(std);
  const block = (start: number): void => {
    for (let j = 0; j < 8; j++) {
      const u1 = f(1 - out[start + j]);
      const u2 = out[start + j + 8];
      const radius = f(Math.sqrt(f(-2 * cephesLogf(u1))));
      const theta = f(TWO_PI_F * u2);
      const [sin, cos] = cephesSincosf(theta);
      out[start + j] = fmaf(f(radius * cos), s, m);
      out[start + j + 8] = fmaf(f(radius * sin), s, m);
    }
  };
  for (let i = 0; i + 16 <= n; i += 16) block(i);
  if (n % 16 !== 0) {
    for (let i = n - 16; i < n; i++) out[i] = gen.uniformFloat32(0, 1);
    block(n - 16);
  }
}

/** normal_fill for float64 tensors of 16+ elements: the same blocks, in double precision libm. */
function normalFillFloat64(gen: Generator, out: Float64Array, mean: number, std: number): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = gen.uniformFloat64(0, 1);
  const block = (start: number): void => {
    for (let j = 0; j < 8; j++) {
      const u1 = 1 - out[start + j];
      const u2 = out[start + j + 8];
      const radius = Math.sqrt(-2 * Math.log(u1));
      const theta = 2 * Math.PI * u2;
      out[start + j] = radius * Math.cos(theta) * std + mean;
      out[start + j + 8] = radius * Math.sin(theta) * std + mean;
    }
  };
  for (let i = 0; i + 16 <= n; i += 16) block(i);
  if (n % 16 !== 0) {
    for (let i = n - 16; i < n; i++) out[i] = gen.uniformFloat64(0, 1);
    block(n - 16);
  }
}

/** normal_(mean, std): the vectorised fill for 16+ elements, else one Box–Muller double per element. */
export function normalValues(gen: Generator, dtype: DType, length: number, mean: number, std: number): TypedArray {
  const out = allocArray(dtype, length);
  if (length >= 16 && out instanceof Float32Array) normalFillFloat32(gen, out, mean, std);
  else if (length >= 16 && out instanceof Float64Array) normalFillFloat64(gen, out, mean, std);
  else for (let i = 0; i < length; i++) out[i] = gen.normalFloat64(mean, std);
  return out;
}

/** random_(from, to): integers in [from, to). */
export function integerValues(gen: Generator, dtype: DType, length: number, from: number, to: number): TypedArray {
  const out = allocArray(dtype, length);
  for (let i = 0; i < length; i++) out[i] = gen.integer(from, to);
  return out;
}

/** randperm(n) on the CPU: the identity, then for each i a swap with i + (bits mod (n − i)). */
export function permutation(gen: Generator, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const z = gen.random() % (n - i);
    const saved = out[i];
    out[i] = out[z + i];
    out[z + i] = saved;
  }
  return out;
}

/** bernoulli_(p): 1 where a uniform double falls below p. */
export function bernoulliValues(gen: Generator, dtype: DType, length: number, p: number): TypedArray {
  const out = allocArray(dtype, length);
  for (let i = 0; i < length; i++) out[i] = gen.uniformFloat64(0, 1) < p ? 1 : 0;
  return out;
}
