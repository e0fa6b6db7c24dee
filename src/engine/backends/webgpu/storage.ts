// How each engine dtype lives in GPU memory. WGSL has 32-bit scalars only (no f64, no i64, no 8-bit storage),
// so every element takes one 32-bit word: float32 as f32; float64 as f32 too (computed in float32 on the GPU;
// docs/ARCHITECTURE.md, "WebGPU backend"); int64 as i32, with a range check on upload; bool as u32 0/1.

import type { DType, TypedArray } from '../../dtype.ts';
import { allocArray } from '../../dtype.ts';
import { runtimeError } from '../../errors.ts';

/** The WGSL element type a dtype is stored as. */
export type StorageType = 'f32' | 'i32' | 'u32';

/** The WGSL type values are computed in after loading: floats as f32, int64 and bool as i32. */
export type ComputeType = 'f32' | 'i32';

export const storageOf = (dtype: DType): StorageType => {
  switch (dtype) {
    case 'float32':
    case 'float64':
      return 'f32';
    case 'int64':
      return 'i32';
    case 'bool':
      return 'u32';
  }
};

export const computeOf = (dtype: DType): ComputeType => (storageOf(dtype) === 'f32' ? 'f32' : 'i32');

export const BYTES_PER_ELEMENT = 4;

const I32_MIN = -2147483648;
const I32_MAX = 2147483647;

/** Host values as the 32-bit words the GPU stores for `dtype`. */
export function toDeviceWords(data: TypedArray, dtype: DType): Float32Array | Int32Array | Uint32Array {
  switch (storageOf(dtype)) {
    case 'f32':
      return data instanceof Float32Array ? data : Float32Array.from(data);
    case 'i32': {
      const out = new Int32Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (v < I32_MIN || v > I32_MAX || Number.isNaN(v)) {
          throw runtimeError(`WebGPU stores int64 tensors as 32-bit integers; the value ${v} does not fit. Keep this tensor on the CPU.`);
        }
        out[i] = v;
      }
      return out;
    }
    case 'u32': {
      const out = new Uint32Array(data.length);
      for (let i = 0; i < data.length; i++) out[i] = data[i] !== 0 ? 1 : 0;
      return out;
    }
  }
}

/** The engine's host array for `dtype` (Float32Array, Float64Array for float64/int64, Uint8Array for bool) from
 *  the raw bytes of `length` GPU words. */
export function fromDeviceWords(bytes: ArrayBuffer, dtype: DType, length: number): TypedArray {
  const out = allocArray(dtype, length);
  switch (storageOf(dtype)) {
    case 'f32': {
      const words = new Float32Array(bytes, 0, length);
      if (out instanceof Float32Array) out.set(words);
      else for (let i = 0; i < length; i++) out[i] = words[i];
      return out;
    }
    case 'i32': {
      const words = new Int32Array(bytes, 0, length);
      for (let i = 0; i < length; i++) out[i] = words[i];
      return out;
    }
    case 'u32': {
      const words = new Uint32Array(bytes, 0, length);
      for (let i = 0; i < length; i++) out[i] = words[i] !== 0 ? 1 : 0;
      return out;
    }
  }
}
