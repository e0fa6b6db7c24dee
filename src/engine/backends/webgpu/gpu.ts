// What a kernel needs from the backend: compiled pipelines, fresh output buffers, the GPUBuffer behind any
// view's buffer, and a way to record a dispatch. Kernels are functions of this interface and their inputs.

import type { DType } from '../../dtype.ts';
import type { DeviceBuffer } from '../backend.ts';
import type { WebGpuBuffer } from './buffer.ts';
import type { Op } from './kernels/fusion.ts';
import type { Params } from './layout.ts';

export interface Gpu {
  readonly limits: GPUSupportedLimits;
  /** The pipeline compiled from `source()`, cached under `key` (an op and its shape class). */
  pipeline(key: string, source: () => string): GPUComputePipeline;
  /** A new buffer of `length` elements of `dtype`, contents undefined. */
  alloc(dtype: DType, length: number): WebGpuBuffer;
  /** The GPUBuffer holding `buffer`'s data; another backend's buffer is uploaded for this dispatch. */
  bind(buffer: DeviceBuffer): GPUBuffer;
  /**
   * The same for a leaf of a pending expression, which reads the buffer as it is: a pending write to it is not
   * performed first (the leaf means the contents before it). Pending results must be materialized first.
   */
  bindLeaf(buffer: DeviceBuffer): GPUBuffer;
  /** Records a dispatch; binding 0 is the params slot, then `buffers` in order. */
  dispatch(pipeline: GPUComputePipeline, params: Params, buffers: readonly GPUBuffer[], groups: readonly [number, number, number]): void;
  /** A buffer the kernel used only internally goes back to the pool. */
  discard(buffer: WebGpuBuffer): void;
  /** Makes `out` pending: its contents are `op`, computed when needed (kernels/fusion.ts). */
  defer(out: WebGpuBuffer, op: Op): void;
  /** Computes a pending buffer now (a no-op for others). */
  materialize(buffer: WebGpuBuffer): void;
  /** Before `buffer` is written in place: pending results that read it (but `except`) are computed first. */
  beforeWrite(buffer: WebGpuBuffer, except: ReadonlySet<WebGpuBuffer>): void;
  /** The pending buffers whose expressions read `buffer`. */
  pendingDependents(buffer: WebGpuBuffer): WebGpuBuffer[];
  /** A pending buffer whose contents the next kernel writes: no longer pending. */
  settle(buffer: WebGpuBuffer): void;
  /** Workgroups for a grid-stride kernel over `items` (at most the adapter's thread cap, in 1-D). */
  grid(items: number): [number, number, number];
  /** Which matmul kernel runs for each layout class, chosen by timing on this adapter. */
  readonly matmulChoice: MatmulChoice;
  /** How few outputs over long rows are reduced on this adapter (kernels/reduce.ts), chosen by timing. */
  readonly reduceVariant: ReduceVariant;
}

/** A workgroup tree per chunk of a row, or a thread per chunk (no workgroup memory, no barriers). */
export type ReduceVariant = 'tree' | 'split';

/** Register-blocked (no workgroup memory) or workgroup-memory tiled, per input layout. */
export type MatmulVariant = 'blocked' | 'blocked-vec4' | 'tiled';

export interface MatmulChoice {
  /** Both operands row-major along K and N, sizes divisible by 4. */
  readonly aligned: MatmulVariant;
  /** Any other layout. */
  readonly general: Exclude<MatmulVariant, 'blocked-vec4'>;
  /** Output rows by vec4s of columns each thread of the vec4 kernel computes. */
  readonly vec4Block: readonly [number, number];
}

const MAX_GROUPS = 65535;

/** Workgroups of `size` for `items` grid-stride items with at most `threadCap` threads. */
export function strideGrid(items: number, threadCap: number, size: number): [number, number, number] {
  const threads = Math.min(items, threadCap);
  return [Math.min(MAX_GROUPS, Math.max(1, Math.ceil(threads / size))), 1, 1];
}
