// Where automatic placement puts memory and work. Tiny tensors stay on the CPU, where an op costs nanoseconds
// and a GPU dispatch tens of microseconds (hundreds on SwiftShader); large float32 data and large matrix
// products go to the GPU; float64 (NumPy arrays), int64 and bool stay on the CPU unless a GPU op needs them.

import type { DType } from '../../dtype.ts';

/** 'auto' places by size; 'webgpu' puts everything on the GPU (benchmarks, tests); 'cpu' never uses it. */
export type Placement = 'auto' | 'cpu' | 'webgpu';

/** Float32 uploads of at least this many elements (256 KiB) start on the GPU. */
export const GPU_UPLOAD_ELEMENTS = 1 << 16;

/** A matrix product of CPU operands moves to the GPU from this many multiply-adds (about 128³). */
export const GPU_MATMUL_WORK = 1 << 21;

/** CPU memory a GPU op reads is moved to the GPU for good from this size; smaller is copied up per use. */
export const MIGRATE_ELEMENTS = 1 << 10;

export function uploadOnGpu(placement: Placement, length: number, dtype: DType): boolean {
  if (placement === 'webgpu') return true;
  return placement === 'auto' && dtype === 'float32' && length >= GPU_UPLOAD_ELEMENTS;
}
