// The WebGPU backend: the engine's primitives as WGSL compute kernels, recorded into batched command buffers.
// Kernels only enqueue work and return a buffer handle; `read` is the one place that waits for the GPU.

import type { DType, TypedArray } from '../../dtype.ts';
import { contiguousStrides, numel } from '../../shape.ts';
import type {
  ArgReduceOp,
  Backend,
  BinaryOp,
  DeviceBuffer,
  IndexCheck,
  ReduceOp,
  StridedView,
  UnaryOp,
} from '../backend.ts';
import { CpuBuffer } from '../cpu/buffer.ts';
import * as cpu from './host-kernels.ts';
import { WebGpuBuffer } from './buffer.ts';
import { GpuContext } from './context.ts';
import type { MatmulChoice } from './gpu.ts';
import { cumsum } from './kernels/cumsum.ts';
import { binary, fill, unary, where, wrapIndex, write } from './kernels/elementwise.ts';
import { put, scatterAdd, take } from './kernels/gather.ts';
import { isFloatMatmul, matmulTransposed, matmulWith, vec4Columns, vec4Rows } from './kernels/matmul.ts';
import { argReduce, reduce } from './kernels/reduce.ts';
import { softmax } from './kernels/softmax.ts';
import { BufferPool, type PoolMemory } from './pool.ts';
import { BYTES_PER_ELEMENT, fromDeviceWords, toDeviceWords } from './storage.ts';
import { startingChoices, tune, type Tuned } from './tuning.ts';
import { chooseTuning, tuningKey, type Choice, type TuningCache } from './tuning-cache.ts';
import { indexedDbTuningCache } from './tuning-store.ts';

/**
 * Buffers up to this many elements keep their values on the host: uploads, and integer or boolean results of
 * elementwise kernels whose inputs are all known on the host (labels, masks and indices derived from them).
 */
const HOST_VALUES_LIMIT = 1024;
/** Below this many multiply-adds a matmul runs the blocked kernel directly (no layout copies). */
const SMALL_MATMUL = 64 * 64 * 64;

export interface AdapterDescription {
  readonly vendor: string;
  readonly architecture: string;
  readonly description: string;
}

export class WebGpuBackend implements Backend {
  readonly name = 'webgpu';
  readonly gpu: GpuContext;
  private readonly staging: BufferPool;

  constructor(
    readonly device: GPUDevice,
    readonly adapter: AdapterDescription,
  ) {
    this.gpu = new GpuContext(device, this);
    this.staging = new BufferPool(device, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST);
    this.apply(startingChoices(adapter.architecture));
  }

  /** Uses kernel shapes chosen by timing (./tuning.ts), here or earlier on the same adapter. */
  apply(choices: Omit<Tuned, 'timings'>): void {
    this.gpu.matmulChoice = choices.matmul;
    this.gpu.threadCap = choices.threadCap;
    this.gpu.reduceVariant = choices.reduce;
  }

  /**
   * Chooses kernel shapes for this adapter: the choice stored by an earlier start on the same adapter, or else
   * the fastest by timing (work may run meanwhile: it only slows), then stored. `cache: null` always times.
   * Without a cache given, the worker's IndexedDB is used where there is one.
   */
  async tune(options: { cache?: TuningCache | null } = {}): Promise<Choice> {
    const cache = options.cache === undefined ? (typeof indexedDB === 'undefined' ? null : indexedDbTuningCache()) : options.cache;
    const measure = () => tune(this);
    const browser = typeof navigator === 'undefined' ? '' : navigator.userAgent;
    const choice = cache === null ? { tuned: await measure(), cached: false } : await chooseTuning(cache, tuningKey(this.adapter, browser), measure);
    this.apply(choice.tuned);
    return choice;
  }

  /** "google swiftshader", "nvidia ampere", …: what the UI shows as the running backend. */
  get adapterName(): string {
    const { vendor, architecture, description } = this.adapter;
    return description !== '' ? description : [vendor, architecture].filter((s) => s !== '').join(' ') || 'WebGPU';
  }

  get matmulChoice(): MatmulChoice {
    return this.gpu.matmulChoice;
  }

  set matmulChoice(choice: MatmulChoice) {
    this.gpu.matmulChoice = choice;
  }

  /** Live and pooled GPU memory (as tf.memory() reports it). */
  memory(): PoolMemory {
    return this.gpu.pool.memory();
  }

  /** How many kernels ran so far. */
  get dispatches(): number {
    return this.gpu.batch.dispatched;
  }

  /** Errors WebGPU reported (validation, shader compilation) since the last call. */
  takeErrors(): string[] {
    return this.gpu.errors.splice(0);
  }

  /** Submits recorded work and resolves when the GPU has finished it. */
  async finish(): Promise<void> {
    this.gpu.batch.flush();
    await this.device.queue.onSubmittedWorkDone();
  }

  upload(data: TypedArray, dtype: DType): WebGpuBuffer {
    const words = toDeviceWords(data, dtype);
    const handle = this.gpu.upload(words, dtype, data.length);
    if (data.length <= HOST_VALUES_LIMIT) {
      const copy = Uint32Array.from(new Uint32Array(words.buffer, words.byteOffset, words.length));
      handle.host = { kind: 'upload', data: fromDeviceWords(copy.buffer, dtype, data.length) };
    }
    return handle;
  }

  /** The runtime is done with `buffer` (DESIGN.md, tensor lifetime): its GPUBuffer goes back to the pool. */
  release(buffer: DeviceBuffer): void {
    this.gpu.discard(this.own(buffer));
  }

  async read(buffer: DeviceBuffer): Promise<TypedArray> {
    const own = this.own(buffer);
    if (own.host?.kind === 'upload') return own.host.data.slice();
    this.gpu.materialize(own);
    const bytes = own.length * BYTES_PER_ELEMENT;
    if (bytes === 0) return fromDeviceWords(new ArrayBuffer(0), own.dtype, 0);
    const staging = this.staging.acquire(bytes);
    this.gpu.batch.copy(own.gpu, staging, bytes);
    this.gpu.batch.flush();
    await staging.mapAsync(GPUMapMode.READ, 0, bytes);
    const copy = staging.getMappedRange(0, bytes).slice(0);
    staging.unmap();
    this.staging.release(staging, true);
    return fromDeviceWords(copy, own.dtype, own.length);
  }

  unary(op: UnaryOp, x: StridedView, outDtype: DType): DeviceBuffer {
    return this.elementwise([x], outDtype, (hs) => cpu.unaryKernel(op, hs[0], outDtype), () => unary(this.gpu, op, x, outDtype));
  }

  binary(op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.elementwise([a, b], outDtype, (hs) => cpu.binaryKernel(op, hs[0], hs[1], outDtype), () => binary(this.gpu, op, a, b, outDtype));
  }

  where(cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.elementwise([cond, a, b], outDtype, (hs) => cpu.whereKernel(hs[0], hs[1], hs[2], outDtype), () => where(this.gpu, cond, a, b, outDtype));
  }

  reduce(op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): DeviceBuffer {
    return reduce(this.gpu, op, x, axes, outDtype);
  }

  argReduce(op: ArgReduceOp, x: StridedView, axis: number): DeviceBuffer {
    return argReduce(this.gpu, op, x, axis);
  }

  matmul(a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    const [batch, m, k] = a.shape;
    const n = b.shape[2];
    if (!isFloatMatmul(a) || batch * m * n * k <= SMALL_MATMUL) return matmulWith(this.gpu, 'blocked', a, b, outDtype);
    const choice = this.gpu.matmulChoice;
    const variant = k % 4 === 0 && n % 4 === 0 ? choice.aligned : choice.general;
    if (variant !== 'blocked-vec4') return matmulWith(this.gpu, variant, a, b, outDtype);
    if (vec4Rows(a) && vec4Columns(b)) return matmulTransposed(this.gpu, a, b, outDtype);
    // The vec4 kernel reads row-major operands; others are copied into that layout first (O(n²) against the
    // product's O(n³)).
    const copies: WebGpuBuffer[] = [];
    const rowMajor = (v: StridedView): StridedView => {
      if (vec4Rows(v) && v.buffer instanceof WebGpuBuffer) return v;
      const copy = unary(this.gpu, 'identity', v, v.buffer.dtype);
      copies.push(copy);
      const [, rows, cols] = v.shape;
      return { buffer: copy, shape: v.shape, strides: [rows * cols, cols, 1], offset: 0 };
    };
    const out = matmulWith(this.gpu, 'blocked-vec4', rowMajor(a), rowMajor(b), outDtype);
    for (const copy of copies) this.gpu.discard(copy);
    return out;
  }

  cumsum(x: StridedView, axis: number, outDtype: DType): DeviceBuffer {
    return cumsum(this.gpu, x, axis, outDtype);
  }

  softmax(x: StridedView, axis: number, log: boolean, outDtype: DType): DeviceBuffer {
    return softmax(this.gpu, x, axis, log, outDtype);
  }

  take(x: StridedView, index: StridedView): DeviceBuffer {
    return take(this.gpu, x, index);
  }

  scatterAdd(length: number, index: StridedView, src: StridedView, outDtype: DType): DeviceBuffer {
    return scatterAdd(this.gpu, length, index, src, outDtype);
  }

  checkIndex(index: StridedView, size: number, check: IndexCheck): DeviceBuffer {
    // With the values on the host the check raises IndexError as on the CPU; computed indices are only on the
    // GPU, which cannot raise synchronously: they are wrapped and clamped into range instead.
    const host = this.hostView(index);
    if (host !== null) return this.upload(cpu.checkIndexKernel(host, size, check), 'int64');
    return wrapIndex(this.gpu, index, size, check.wrapNegative);
  }

  async nonzero(x: StridedView): Promise<{ buffer: DeviceBuffer; count: number }> {
    // A data-dependent shape: the positions are found on the host after one readback.
    const values = await this.read(unary(this.gpu, 'identity', x, x.buffer.dtype));
    const dense = { buffer: new CpuBuffer(this, x.buffer.dtype, values), shape: x.shape, strides: contiguousStrides(x.shape), offset: 0 };
    const { data, count } = cpu.nonzeroKernel(dense);
    return { buffer: this.upload(data, 'int64'), count };
  }

  put(dst: StridedView, index: StridedView, src: StridedView): void {
    const target = this.own(dst.buffer);
    target.host = null;
    this.gpu.beforeWrite(target, new Set());
    const [i, iCopy] = this.unaliased(index, target);
    const [s, sCopy] = this.unaliased(src, target);
    put(this.gpu, dst, target, i, s);
    for (const copy of [iCopy, sCopy]) if (copy !== null) this.gpu.discard(copy);
  }

  write(dst: StridedView, src: StridedView): void {
    const target = this.own(dst.buffer);
    target.host = null;
    const [s, copy] = this.unaliased(src, target);
    write(this.gpu, dst, target, s);
    if (copy !== null) this.gpu.discard(copy);
  }

  fill(dst: StridedView, value: number): void {
    const target = this.own(dst.buffer);
    target.host = null;
    fill(this.gpu, dst, target, value);
  }

  private own(buffer: DeviceBuffer): WebGpuBuffer {
    if (!(buffer instanceof WebGpuBuffer) || buffer.backend !== this) throw new Error(`the WebGPU backend was given a ${buffer.backend.name} buffer`);
    return buffer;
  }

  /** A view reading `target` is copied first: WebGPU forbids binding one buffer as both input and output. */
  private unaliased(view: StridedView, target: WebGpuBuffer): [StridedView, WebGpuBuffer | null] {
    if (view.buffer !== target) return [view, null];
    const copy = unary(this.gpu, 'identity', view, view.buffer.dtype);
    return [{ buffer: copy, shape: view.shape, strides: contiguousStrides(view.shape), offset: 0 }, copy];
  }

  /** The view over its buffer's values on the host, when they are known there (CPU buffers, small uploads). */
  private hostView(view: StridedView): StridedView | null {
    const buffer = view.buffer;
    if (buffer instanceof CpuBuffer) return view;
    if (buffer instanceof WebGpuBuffer && buffer.host !== null) {
      return { ...view, buffer: new CpuBuffer(this, buffer.dtype, buffer.host.data) };
    }
    return null;
  }

  /**
   * An elementwise op whose inputs are all known on the host. A single element (a Python number being cast or
   * scaled) is computed there and uploaded: a dispatch costs far more than the arithmetic. A small integer or
   * boolean result (a mask, a label index) runs on the GPU and keeps a host shadow for index checks.
   */
  private elementwise(inputs: readonly StridedView[], outDtype: DType, onHost: (views: StridedView[]) => TypedArray, onGpu: () => WebGpuBuffer): WebGpuBuffer {
    const length = numel(inputs[0].shape);
    const small = length <= HOST_VALUES_LIMIT && (length === 1 || outDtype === 'int64' || outDtype === 'bool');
    const views = small ? this.hostViews(inputs) : null;
    if (views === null) return onGpu();
    if (length === 1) return this.upload(onHost(views), outDtype);
    const out = onGpu();
    out.host = { kind: 'shadow', data: onHost(views) };
    return out;
  }

  private hostViews(inputs: readonly StridedView[]): StridedView[] | null {
    const views: StridedView[] = [];
    for (const input of inputs) {
      const view = this.hostView(input);
      if (view === null) return null;
      views.push(view);
    }
    return views;
  }
}

