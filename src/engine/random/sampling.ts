// Random tensors (torch.rand, randn, randint, randperm, bernoulli) and in-place random fills (uniform_,
// normal_), all drawing from PyTorch's default generator unless given another.

import { defaultBackend } from '../backends/registry.ts';
import { DEFAULT_FLOAT, isFloating, type DType, type TypedArray } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { numel, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { bernoulliValues, integerValues, normalValues, permutation, uniformValues } from './distributions.ts';
import { defaultGenerator, type Generator } from './generator.ts';
import { checkInPlace } from '../ops/inplace.ts';

const upload = (data: TypedArray, shape: Shape, dtype: DType): Tensor => Tensor.fromBuffer(defaultBackend().upload(data, dtype), shape);

/** `torch.manual_seed(seed)`. */
export function manualSeed(seed: number | bigint): void {
  defaultGenerator.manualSeed(seed);
}

export function rand(shape: Shape, dtype: DType = DEFAULT_FLOAT, gen: Generator = defaultGenerator): Tensor {
  return upload(uniformValues(gen, dtype, numel(shape), 0, 1), shape, dtype);
}

export function randn(shape: Shape, dtype: DType = DEFAULT_FLOAT, gen: Generator = defaultGenerator): Tensor {
  return upload(normalValues(gen, dtype, numel(shape), 0, 1), shape, dtype);
}

/** `torch.randint(low, high, size)`: int64 in [low, high). */
export function randint(low: number, high: number, shape: Shape, dtype: DType = 'int64', gen: Generator = defaultGenerator): Tensor {
  if (low >= high) throw runtimeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  return upload(integerValues(gen, dtype, numel(shape), low, high), shape, dtype);
}

export function randperm(n: number, dtype: DType = 'int64', gen: Generator = defaultGenerator): Tensor {
  const values = permutation(gen, n);
  return upload(dtype === 'int64' || dtype === 'float64' ? values : Float32Array.from(values), [n], dtype);
}

/** `torch.bernoulli(p)` for a constant probability: 1 with probability p. */
export function bernoulli(shape: Shape, p: number, dtype: DType = DEFAULT_FLOAT, gen: Generator = defaultGenerator): Tensor {
  return upload(bernoulliValues(gen, dtype, numel(shape), p), shape, dtype);
}

/** Draws a fresh contiguous array of values for `t` and writes it into t's memory (in-place fills). */
function fillFrom(t: Tensor, values: TypedArray): Tensor {
  checkInPlace(t);
  const source = upload(values, t.shape, t.dtype);
  t.backend.write(t.view, source.view);
  t.storage.version++;
  return t;
}

/** `tensor.uniform_(from, to)`. */
export function uniform_(t: Tensor, from = 0, to = 1, gen: Generator = defaultGenerator): Tensor {
  if (!isFloating(t.dtype)) throw runtimeError(`"uniform_" not implemented for '${t.dtype === 'int64' ? 'Long' : 'Bool'}'`);
  return fillFrom(t, uniformValues(gen, t.dtype, t.numel, from, to));
}

/** `tensor.normal_(mean, std)`. */
export function normal_(t: Tensor, mean = 0, std = 1, gen: Generator = defaultGenerator): Tensor {
  if (!isFloating(t.dtype)) throw runtimeError(`"normal_kernel_cpu" not implemented for '${t.dtype === 'int64' ? 'Long' : 'Bool'}'`);
  return fillFrom(t, normalValues(gen, t.dtype, t.numel, mean, std));
}
