// The WebGPU backend's buffer handle: a pooled GPUBuffer holding `length` 32-bit words of `dtype`.

import type { DType, TypedArray } from '../../dtype.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';
import type { Op } from './kernels/fusion.ts';

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
  /** Set when the runtime released the buffer: no tensor may use it again. */
  released = false;
  /** Set when its GPUBuffer went back to the pool (once no pending result reads it): it may hold another tensor. */
  freed = false;
  /** The elementwise expression this buffer's contents are, until they are computed (kernels/fusion.ts). */
  lazy: Op | null = null;
  /**
   * Whether `lazy` is an in-place write not yet performed (kernels/pending-write.ts): until it is, the buffer
   * keeps its old contents, which is what every leaf over it in a pending expression reads.
   */
  pendingWrite = false;
  /**
   * Pending buffers whose expressions read this one: computed before this buffer changes or is released. Held
   * weakly, so a pending result nothing uses any more is collected instead of computed.
   */
  dependents: Set<WeakRef<WebGpuBuffer>> | null = null;
  private weak: WeakRef<WebGpuBuffer> | null = null;

  /** The one weak reference other buffers' `dependents` hold to this buffer. */
  get weakRef(): WeakRef<WebGpuBuffer> {
    this.weak ??= new WeakRef(this);
    return this.weak;
  }

  constructor(
    readonly backend: Backend,
    readonly dtype: DType,
    readonly length: number,
    readonly gpu: GPUBuffer,
  ) {}
}
