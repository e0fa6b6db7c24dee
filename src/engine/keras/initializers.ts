// Keras weight initializers (keras.initializers): shapes follow Keras (a Dense kernel is (in, out)), values come
// from Tandem's Keras generator.

import { defaultBackend } from '../backends/registry.ts';
import { allocArray, type DType } from '../dtype.ts';
import { valueError } from '../errors.ts';
import { normalValues, uniformValues } from '../random/distributions.ts';
import { kerasGenerator } from '../random/keras-generator.ts';
import { numel, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';

export type InitializerName = 'glorot_uniform' | 'glorot_normal' | 'he_uniform' | 'he_normal' | 'lecun_uniform' | 'lecun_normal' | 'zeros' | 'ones' | 'random_normal' | 'random_uniform';

/** Keras' compute_fans: for a 2-D kernel (in, out), fan_in = in and fan_out = out. */
function fans(shape: Shape): [number, number] {
  if (shape.length < 1) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  const receptive = shape.slice(0, -2).reduce((a, d) => a * d, 1);
  return [shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive];
}

function tensorOf(data: ArrayLike<number>, shape: Shape, dtype: DType): Tensor {
  const buffer = allocArray(dtype, numel(shape));
  buffer.set(data as ArrayLike<number> & Iterable<number>);
  return Tensor.fromBuffer(defaultBackend().upload(buffer, dtype), shape);
}

/** Keras' truncated normal draws: resample anything beyond two standard deviations. */
function truncatedNormal(n: number, std: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    for (const v of normalValues(kerasGenerator, 'float64', n - out.length, 0, 1)) if (Math.abs(v) <= 2) out.push(v * std);
  }
  return out;
}

export function initialize(name: InitializerName, shape: Shape, dtype: DType = 'float32'): Tensor {
  const n = numel(shape);
  const [fanIn, fanOut] = fans(shape);
  const uniform = (limit: number): Tensor => tensorOf(uniformValues(kerasGenerator, dtype, n, -limit, limit), shape, dtype);
  // Keras' variance-scaling normals are truncated at 2σ, with σ corrected by 0.8796 for the truncation.
  const truncated = (scale: number): Tensor => tensorOf(truncatedNormal(n, Math.sqrt(scale) / 0.87962566103423978), shape, dtype);
  switch (name) {
    case 'glorot_uniform':
      return uniform(Math.sqrt(6 / (fanIn + fanOut)));
    case 'glorot_normal':
      return truncated(2 / (fanIn + fanOut));
    case 'he_uniform':
      return uniform(Math.sqrt(6 / fanIn));
    case 'he_normal':
      return truncated(2 / fanIn);
    case 'lecun_uniform':
      return uniform(Math.sqrt(3 / fanIn));
    case 'lecun_normal':
      return truncated(1 / fanIn);
    case 'zeros':
      return tensorOf(new Float64Array(n), shape, dtype);
    case 'ones':
      return tensorOf(new Float64Array(n).fill(1), shape, dtype);
    case 'random_normal':
      return tensorOf(normalValues(kerasGenerator, dtype, n, 0, 0.05), shape, dtype);
    case 'random_uniform':
      return tensorOf(uniformValues(kerasGenerator, dtype, n, -0.05, 0.05), shape, dtype);
  }
}

export function initializerName(value: string): InitializerName {
  const known: readonly string[] = ['glorot_uniform', 'glorot_normal', 'he_uniform', 'he_normal', 'lecun_uniform', 'lecun_normal', 'zeros', 'ones', 'random_normal', 'random_uniform'];
  const aliases: Record<string, InitializerName> = { GlorotUniform: 'glorot_uniform', GlorotNormal: 'glorot_normal', HeNormal: 'he_normal', HeUniform: 'he_uniform', Zeros: 'zeros', Ones: 'ones', RandomNormal: 'random_normal', RandomUniform: 'random_uniform' };
  if (known.includes(value)) return value as InitializerName;
  if (value in aliases) return aliases[value];
  throw valueError(`Could not interpret initializer identifier: ${value}`);
}
