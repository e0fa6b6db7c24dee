// The WebGPU backend's buffer handle: a pooled GPUBuffer holding `length` 32-bit words of `dtype`.

import type { DType, TypedArray } from '../../dtype.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';

/**
 * Where host-side values of a buffer came from: what was uploaded (reads may return it without a round trip),
 * or a shadow the backend computed on the host next to the GPU kernel (used for index checks only, so reads
 * still return what the GPU computed).
 */
export type HostValues = { readonly kind: 'upload' | 'shadow'; readonly data: TypedArray };

export class WebGpuBuffer implements DeviceBuffer {
  /** Small buffers keep their values on the host until the first in-place write, so that index checks can
   *  raise IndexError synchronously, as on the CPU. */
  host: HostValues | null = null;
  /** Set when the runtime released the buffer; its GPUBuffer may already hold another tensor. */
  released = false;

  constructor(
    readonly backend: Backend,
    readonly dtype: DType,
    readonly length: number,
    readonly gpu: GPUBuffer,
  ) {}
}
