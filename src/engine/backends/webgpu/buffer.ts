// The WebGPU backend's buffer handle: a pooled GPUBuffer holding `length` 32-bit words of `dtype`.

import type { DType, TypedArray } from '../../dtype.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';

export class WebGpuBuffer implements DeviceBuffer {
  constructor(
    readonly backend: Backend,
    readonly dtype: DType,
    readonly length: number,
    readonly gpu: GPUBuffer,
    /**
     * The contents on the host, kept for small uploads until the first in-place write: reads then need no
     * round trip, and index checks can raise IndexError synchronously, as on the CPU.
     */
    public host: TypedArray | null = null,
  ) {}
}
