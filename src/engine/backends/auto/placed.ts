// A tensor's memory under automatic placement: the buffer that holds it now (on the CPU or the GPU backend),
// and the device the program named for it. The holder can change (CPU memory migrates to the GPU when GPU work
// needs it); every tensor and view sharing the storage sees the move, since they share this object.

import type { DType } from '../../dtype.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';

/** PyTorch's device types that Tandem has: the CPU, and WebGPU under the name programs use for a GPU. */
export type Device = 'cpu' | 'cuda';

export class PlacedBuffer implements DeviceBuffer {
  constructor(
    readonly backend: Backend,
    /** Where the elements are right now. */
    public inner: DeviceBuffer,
    /**
     * The device the program put this tensor on (torch.tensor(...) is 'cpu', .to('cuda') is 'cuda'), or null
     * for the engine's own intermediates, which take part in any device check without conflict.
     */
    public device: Device | null,
  ) {}

  get dtype(): DType {
    return this.inner.dtype;
  }

  get length(): number {
    return this.inner.length;
  }
}

/** PyTorch's names in messages: the first GPU is cuda:0. */
export const deviceName = (device: Device): string => (device === 'cuda' ? 'cuda:0' : 'cpu');
