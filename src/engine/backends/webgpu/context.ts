// The backend's side of the Gpu interface: pipeline cache, pooled allocation with release on garbage
// collection, binding of foreign (CPU) buffers, and dispatch into the current command batch.

import type { DType } from '../../dtype.ts';
import { contiguousStrides } from '../../shape.ts';
import type { Backend, DeviceBuffer } from '../backend.ts';
import { CpuBuffer } from '../cpu/buffer.ts';
import { CommandBatch } from './batch.ts';
import { WebGpuBuffer } from './buffer.ts';
import { strideGrid, type Gpu, type MatmulChoice, type ReduceVariant } from './gpu.ts';
import { generate, leavesOf, type Op } from './kernels/fusion.ts';
import { performWrite } from './kernels/pending-write.ts';
import type { Params } from './layout.ts';
import { BufferPool } from './pool.ts';
import { BYTES_PER_ELEMENT, toDeviceWords } from './storage.ts';
import { WORKGROUP } from './wgsl/prelude.ts';

export class GpuContext implements Gpu {
  readonly pool: BufferPool;
  readonly batch: CommandBatch;
  readonly limits: GPUSupportedLimits;
  matmulChoice: MatmulChoice = { aligned: 'blocked-vec4', general: 'blocked', vec4Block: [4, 1] };
  /** Most threads one grid-stride dispatch starts; tuned per adapter (see ./tuning.ts). */
  threadCap = 1 << 20;
  reduceVariant: ReduceVariant = 'tree';
  /** Validation and compilation errors, for tests and diagnostics; WebGPU reports them asynchronously. */
  readonly errors: string[] = [];
  private readonly pipelines = new Map<string, GPUComputePipeline>();
  private temporaries: GPUBuffer[] = [];
  // Tensors are freed by the garbage collector: when a buffer handle becomes unreachable its GPUBuffer returns
  // to the pool. Learners never dispose tensors (DESIGN.md, tensor lifetime).
  private readonly collected = new FinalizationRegistry<GPUBuffer>((gpu) => this.pool.release(gpu, this.batch.empty));

  constructor(
    readonly device: GPUDevice,
    private readonly owner: Backend,
  ) {
    this.limits = device.limits;
    this.pool = new BufferPool(device, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST);
    this.batch = new CommandBatch(device, () => this.pool.submitted());
    device.addEventListener('uncapturederror', (event) => this.errors.push((event as GPUUncapturedErrorEvent).error.message));
  }

  grid(items: number): [number, number, number] {
    return strideGrid(items, this.threadCap, WORKGROUP);
  }

  pipeline(key: string, source: () => string): GPUComputePipeline {
    const cached = this.pipelines.get(key);
    if (cached !== undefined) return cached;
    const code = source();
    this.device.pushErrorScope('validation');
    const module = this.device.createShaderModule({ code, label: key });
    const pipeline = this.device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' }, label: key });
    void this.device.popErrorScope().then((error) => {
      if (error !== null) this.errors.push(`pipeline ${key}: ${error.message}`);
    });
    this.pipelines.set(key, pipeline);
    return pipeline;
  }

  alloc(dtype: DType, length: number): WebGpuBuffer {
    const gpu = this.pool.acquire(Math.max(1, length) * BYTES_PER_ELEMENT);
    const handle = new WebGpuBuffer(this.owner, dtype, length, gpu);
    this.collected.register(handle, gpu, handle);
    return handle;
  }

  /** A new buffer holding `data`, written through the queue (ordered before the batch being recorded). */
  upload(data: ArrayLike<number> & ArrayBufferView, dtype: DType, length: number): WebGpuBuffer {
    const handle = this.alloc(dtype, length);
    if (length > 0) this.device.queue.writeBuffer(handle.gpu, 0, data.buffer, data.byteOffset, length * BYTES_PER_ELEMENT);
    return handle;
  }

  bind(buffer: DeviceBuffer): GPUBuffer {
    if (buffer instanceof WebGpuBuffer) this.materialize(buffer);
    return this.bindLeaf(buffer);
  }

  bindLeaf(buffer: DeviceBuffer): GPUBuffer {
    if (buffer instanceof WebGpuBuffer && buffer.backend === this.owner) {
      if (buffer.freed) throw new Error('internal error: a released WebGPU buffer was used');
      return buffer.gpu;
    }
    if (buffer instanceof CpuBuffer) {
      // A tensor still on the CPU meets one on the GPU: copy it up for this dispatch.
      const words = toDeviceWords(buffer.data, buffer.dtype);
      const gpu = this.pool.acquire(Math.max(1, words.length) * BYTES_PER_ELEMENT);
      if (words.length > 0) this.device.queue.writeBuffer(gpu, 0, words.buffer, words.byteOffset, words.byteLength);
      this.temporaries.push(gpu);
      return gpu;
    }
    throw new Error(`the WebGPU backend was given a ${buffer.backend.name} buffer`);
  }

  dispatch(pipeline: GPUComputePipeline, params: Params, buffers: readonly GPUBuffer[], groups: readonly [number, number, number]): void {
    this.batch.dispatch(pipeline, params.toArray(), buffers, groups);
    for (const gpu of this.temporaries) this.pool.release(gpu, false);
    this.temporaries = [];
  }

  /**
   * The runtime (or a kernel, for its temporaries) is done with `buffer`. Its GPUBuffer returns to the pool
   * now, unless pending results still read it: then when the last of them is computed or dropped (or the
   * garbage collector takes the handle), and its own pending expression is dropped with it. Recorded work that
   * reads it still does: the pool reuses it only after the next submit.
   */
  discard(buffer: WebGpuBuffer): void {
    if (buffer.released) return;
    buffer.released = true;
    buffer.host = null;
    // Still read by pending results, it keeps its own pending expression too: they may need its values. (A
    // pending write of its own is no reader: dropped with the buffer.)
    if (this.pendingDependents(buffer).every((p) => p === buffer)) this.free(buffer);
  }

  defer(out: WebGpuBuffer, op: Op): void {
    out.lazy = op;
    for (const leaf of leavesOf(op)) {
      const source = leaf.view.buffer;
      if (!(source instanceof WebGpuBuffer)) continue;
      source.dependents ??= new Set();
      source.dependents.add(out.weakRef);
    }
  }

  pendingDependents(buffer: WebGpuBuffer): WebGpuBuffer[] {
    const out: WebGpuBuffer[] = [];
    for (const ref of buffer.dependents ?? []) {
      const pending = ref.deref();
      if (pending === undefined || pending.lazy === null) buffer.dependents?.delete(ref);
      else out.push(pending);
    }
    return out;
  }

  materialize(buffer: WebGpuBuffer): void {
    const op = buffer.lazy;
    if (op === null) return;
    // Foreign inputs copied up for the kernel being assembled must survive this earlier dispatch.
    const assembling = this.temporaries;
    this.temporaries = [];
    if (buffer.pendingWrite) {
      performWrite(this, buffer);
    } else {
      buffer.lazy = null;
      generate(this, op, op.shape, [{ buffer, view: { buffer, shape: op.shape, strides: contiguousStrides(op.shape), offset: 0 } }]);
      this.unlink(buffer, op);
    }
    this.temporaries = assembling;
  }

  beforeWrite(buffer: WebGpuBuffer, except: ReadonlySet<WebGpuBuffer>): void {
    this.computeDependents(buffer, except);
    this.materialize(buffer);
  }

  settle(buffer: WebGpuBuffer): void {
    const op = buffer.lazy;
    if (op === null) return;
    buffer.lazy = null;
    buffer.pendingWrite = false;
    this.unlink(buffer, op);
  }

  /** `buffer`'s expression no longer needs its inputs; released inputs nothing else waits for are freed. */
  private unlink(buffer: WebGpuBuffer, op: Op): void {
    for (const leaf of leavesOf(op)) {
      const source = leaf.view.buffer;
      if (!(source instanceof WebGpuBuffer)) continue;
      source.dependents?.delete(buffer.weakRef);
      if (source.released && this.pendingDependents(source).length === 0) this.free(source);
    }
  }

  private free(buffer: WebGpuBuffer): void {
    if (buffer.freed) return;
    buffer.freed = true;
    this.settle(buffer);
    this.collected.unregister(buffer);
    this.pool.release(buffer.gpu, this.batch.empty);
  }

  private computeDependents(buffer: WebGpuBuffer, except: ReadonlySet<WebGpuBuffer>): void {
    for (const pending of this.pendingDependents(buffer)) if (!except.has(pending)) this.materialize(pending);
  }
}
