// The CPU backend's buffer: a typed array in the JS heap.

import type { DType, TypedArray } from '../../dtype.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';

export class CpuBuffer implements DeviceBuffer {
  constructor(
    readonly backend: Backend,
    readonly dtype: DType,
    readonly data: TypedArray,
  ) {}

  get length(): number {
    return this.data.length;
  }
}

export function asCpu(buffer: DeviceBuffer): CpuBuffer {
  if (!(buffer instanceof CpuBuffer)) throw new Error(`the CPU backend was given a ${buffer.backend.name} buffer`);
  return buffer;
}
