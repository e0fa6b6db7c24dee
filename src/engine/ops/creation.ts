// Tensor factories: from host data, constants, ranges, identity. (Random factories live in ../random.)

import { defaultBackend } from '../backends/registry.ts';
import { allocArray, coerceValue, DEFAULT_FLOAT, type DType } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { numel, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { arangeKernel, fullKernel } from './kernels.ts';

/**
 * A tensor from row-major values. The interpreter decides the dtype from the Python values (PyTorch: any
 * float → float32, all ints → int64, all bools → bool).
 */
export function fromValues(values: ArrayLike<number>, shape: Shape, dtype: DType = DEFAULT_FLOAT): Tensor {
  const n = numel(shape);
  if (values.length !== n) throw runtimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${values.length}`);
  const data = allocArray(dtype, n);
  for (let i = 0; i < n; i++) data[i] = coerceValue(dtype, values[i]);
  return Tensor.fromBuffer(defaultBackend().upload(data, dtype), shape);
}

export type Nested = number | boolean | readonly Nested[];

/** `torch.tensor(nested)` for engine code and tests: shape from the nesting, numbers as given. */
export function tensor(data: Nested, dtype: DType = DEFAULT_FLOAT): Tensor {
  const shape: number[] = [];
  for (let level: Nested = data; Array.isArray(level); level = (level as readonly Nested[])[0]) {
    shape.push((level as readonly Nested[]).length);
    if ((level as readonly Nested[]).length === 0) break;
  }
  const flat: number[] = [];
  const walk = (x: Nested, depth: number): void => {
    if (Array.isArray(x)) {
      if (depth >= shape.length || x.length !== shape[depth]) {
        throw new TypeError('tensor(): ragged nested sequence');
      }
      for (const item of x as readonly Nested[]) walk(item, depth + 1);
    } else {
      flat.push(typeof x === 'boolean' ? (x ? 1 : 0) : (x as number));
    }
  };
  walk(data, 0);
  return fromValues(flat, shape, dtype);
}

/** `torch.empty`: Tandem zero-fills it, so no garbage from reused memory can show up in a lesson. */
export const empty = (shape: Shape, dtype: DType = DEFAULT_FLOAT): Tensor => fullKernel(shape, 0, dtype);
export const zeros = (shape: Shape, dtype: DType = DEFAULT_FLOAT): Tensor => fullKernel(shape, 0, dtype);
export const ones = (shape: Shape, dtype: DType = DEFAULT_FLOAT): Tensor => fullKernel(shape, 1, dtype);
export const full = (shape: Shape, value: number, dtype: DType = DEFAULT_FLOAT): Tensor => fullKernel(shape, value, dtype);

export const zerosLike = (t: Tensor, dtype: DType = t.dtype): Tensor => fullKernel(t.shape, 0, dtype, t);
export const onesLike = (t: Tensor, dtype: DType = t.dtype): Tensor => fullKernel(t.shape, 1, dtype, t);
export const fullLike = (t: Tensor, value: number, dtype: DType = t.dtype): Tensor => fullKernel(t.shape, value, dtype, t);

/** `torch.arange(start, end, step)`; the interpreter passes int64 when all three are Python ints. */
export function arange(start: number, end: number, step = 1, dtype: DType = DEFAULT_FLOAT): Tensor {
  if (step === 0) throw runtimeError('step must be nonzero');
  if ((end - start) / step < 0) throw runtimeError('upper bound and larger bound inconsistent with step sign');
  return arangeKernel(start, end, step, dtype);
}

/**
 * `torch.linspace`, with PyTorch's float32 arithmetic: the first half counts up from start, the second half
 * down from end, so both endpoints are exact.
 */
export function linspace(start: number, end: number, steps: number, dtype: DType = DEFAULT_FLOAT): Tensor {
  if (steps < 0) throw runtimeError('number of steps must be non-negative');
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const data = allocArray(dtype, steps);
  const s = round(start);
  const e = round(end);
  if (steps === 1) data[0] = s;
  else if (steps > 1) {
    const step = round((e - s) / (steps - 1));
    const halfway = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) {
      data[i] = coerceValue(dtype, i < halfway ? round(s + round(step * i)) : round(e - round(step * (steps - i - 1))));
    }
  }
  return Tensor.fromBuffer(defaultBackend().upload(data, dtype), [steps]);
}

export function eye(n: number, m: number = n, dtype: DType = DEFAULT_FLOAT): Tensor {
  const data = allocArray(dtype, n * m);
  for (let i = 0; i < Math.min(n, m); i++) data[i * m + i] = 1;
  return Tensor.fromBuffer(defaultBackend().upload(data, dtype), [n, m]);
}
