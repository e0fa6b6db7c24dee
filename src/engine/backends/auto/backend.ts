// Automatic placement (DESIGN.md: "Route an op to the CPU when its tensors are tiny and already there; move data
// only when needed"). The engine sees one backend; each buffer it hands out is a PlacedBuffer holding a CPU or
// a WebGPU buffer, and each op runs where its inputs are: on the GPU as soon as one input is there (GPU memory
// cannot be read synchronously, so the CPU can never consume it), or for large matrix products; on the CPU
// otherwise. Device names (PyTorch's 'cpu' and 'cuda') ride along for PyTorch's same-device check.

import type { DType, TypedArray } from '../../dtype.ts';
import { runtimeError } from '../../errors.ts';
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
import { CpuBackend } from '../cpu/index.ts';
import type { WebGpuBackend } from '../webgpu/backend.ts';
import { WebGpuBuffer } from '../webgpu/buffer.ts';
import { deviceName, PlacedBuffer, type Device } from './placed.ts';
import { GPU_MATMUL_WORK, MIGRATE_ELEMENTS, uploadOnGpu, type Placement } from './policy.ts';

export class AutoBackend implements Backend {
  placement: Placement = 'auto';
  private gpu: WebGpuBackend | null;
  /** Why WebGPU is not in use (no adapter, device lost), until the learner has been told once. */
  private notice: string | null;

  constructor(
    readonly cpu: CpuBackend,
    gpu: WebGpuBackend | null,
    /** Why there is no GPU, when `gpu` is null. */
    unavailable: string | null = null,
  ) {
    this.gpu = gpu;
    this.notice = gpu === null && unavailable !== null ? `WebGPU unavailable (${unavailable})` : null;
    gpu?.device.lost.then((info) => {
      if (this.gpu !== gpu) return;
      this.gpu = null;
      this.notice = `WebGPU device lost (${info.message || info.reason}); switched to the CPU`;
    });
  }

  /** What runs the program, as the UI shows it: the CPU, and the GPU adapter when one is in use. */
  get name(): string {
    if (this.gpu === null || this.placement === 'cpu') return 'CPU';
    const adapter = `WebGPU (${this.gpu.adapterName})`;
    return this.placement === 'webgpu' ? adapter : `CPU + ${adapter}`;
  }

  /** Whether a GPU is there (torch.cuda.is_available()). */
  get hasGpu(): boolean {
    return this.gpu !== null && this.placement !== 'cpu';
  }

  get webgpu(): WebGpuBackend | null {
    return this.gpu;
  }

  /** The fallback notice, once: the first run after WebGPU turned out missing or lost shows it. */
  takeNotice(): string | null {
    const notice = this.notice;
    this.notice = null;
    return notice;
  }

  upload(data: TypedArray, dtype: DType): DeviceBuffer {
    const gpu = this.gpu;
    if (gpu !== null && uploadOnGpu(this.placement, data.length, dtype)) {
      try {
        return new PlacedBuffer(this, gpu.upload(data, dtype), null);
      } catch {
        // int64 beyond 32 bits: the CPU holds it exactly.
      }
    }
    return new PlacedBuffer(this, this.cpu.upload(data, dtype), null);
  }

  read(buffer: DeviceBuffer): Promise<TypedArray> {
    const inner = this.inner(buffer);
    return inner.backend.read(inner);
  }

  release(buffer: DeviceBuffer): void {
    const inner = this.placed(buffer).inner;
    inner.backend.release?.(inner);
  }

  unary(op: UnaryOp, x: StridedView, outDtype: DType): DeviceBuffer {
    return this.compute([x], false, (b, [vx]) => b.unary(op, vx, outDtype));
  }

  binary(op: BinaryOp, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.compute([a, b], false, (be, [va, vb]) => be.binary(op, va, vb, outDtype));
  }

  where(cond: StridedView, a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    return this.compute([cond, a, b], false, (be, [vc, va, vb]) => be.where(vc, va, vb, outDtype));
  }

  reduce(op: ReduceOp, x: StridedView, axes: readonly number[], outDtype: DType): DeviceBuffer {
    return this.compute([x], false, (b, [vx]) => b.reduce(op, vx, axes, outDtype));
  }

  argReduce(op: ArgReduceOp, x: StridedView, axis: number): DeviceBuffer {
    return this.compute([x], false, (b, [vx]) => b.argReduce(op, vx, axis));
  }

  matmul(a: StridedView, b: StridedView, outDtype: DType): DeviceBuffer {
    const [batch, m, k] = a.shape;
    const large = outDtype === 'float32' && batch * m * k * b.shape[2] >= GPU_MATMUL_WORK;
    return this.compute([a, b], large, (be, [va, vb]) => be.matmul(va, vb, outDtype));
  }

  cumsum(x: StridedView, axis: number, outDtype: DType): DeviceBuffer {
    return this.compute([x], false, (b, [vx]) => b.cumsum(vx, axis, outDtype));
  }

  softmax(x: StridedView, axis: number, log: boolean, outDtype: DType): DeviceBuffer {
    return this.compute([x], false, (b, [vx]) => b.softmax(vx, axis, log, outDtype));
  }

  take(x: StridedView, index: StridedView): DeviceBuffer {
    return this.compute([x, index], false, (b, [vx, vi]) => b.take(vx, vi));
  }

  scatterAdd(length: number, index: StridedView, src: StridedView, outDtype: DType): DeviceBuffer {
    return this.compute([index, src], false, (b, [vi, vs]) => b.scatterAdd(length, vi, vs, outDtype));
  }

  checkIndex(index: StridedView, size: number, check: IndexCheck): DeviceBuffer {
    return this.compute([index], false, (b, [vi]) => b.checkIndex(vi, size, check));
  }

  async nonzero(x: StridedView): Promise<{ buffer: DeviceBuffer; count: number }> {
    const p = this.placed(x.buffer);
    const backend = this.residence(p.inner);
    const { buffer, count } = await backend.nonzero(this.lower(x, backend));
    return { buffer: new PlacedBuffer(this, buffer, p.device), count };
  }

  put(dst: StridedView, index: StridedView, src: StridedView): void {
    const target = this.writeTarget(dst, [index, src]);
    target.put(this.lower(dst, target), this.lower(index, target), this.lower(src, target));
  }

  write(dst: StridedView, src: StridedView): void {
    // copy_ and setitem may cross devices in PyTorch, so no device check here.
    const target = this.writeTarget(dst, [src]);
    target.write(this.lower(dst, target), this.lower(src, target));
  }

  fill(dst: StridedView, value: number): void {
    const inner = this.inner(dst.buffer);
    inner.backend.fill({ ...dst, buffer: inner }, value);
  }

  /** A copy of `x` (contiguous) named as on `device`; on 'cuda' it is held by the GPU. */
  copyTo(x: StridedView, device: Device): DeviceBuffer {
    const gpu = device === 'cuda' ? this.requireGpu() : null;
    const backend = gpu ?? this.residence(this.inner(x.buffer));
    return new PlacedBuffer(this, backend.unary('identity', this.lower(x, backend), x.buffer.dtype), device);
  }

  /** Names the device of a tensor's memory in place (a new tensor, or a module's parameters being moved). */
  place(buffer: DeviceBuffer, device: Device): void {
    const p = this.placed(buffer);
    if (device === 'cuda') this.migrate(p, this.requireGpu());
    p.device = device;
  }

  /** The device the program named for this memory ('cpu' when it named none). */
  deviceOf(buffer: DeviceBuffer): Device {
    return buffer instanceof PlacedBuffer ? (buffer.device ?? 'cpu') : 'cpu';
  }

  /**
   * Runs a kernel where its inputs are and names the output's device. Inputs on two devices raise PyTorch's
   * error; an input with one element counts as a scalar, which PyTorch lets a CPU tensor be next to a GPU one.
   */
  private compute(inputs: readonly StridedView[], large: boolean, kernel: (backend: Backend, views: StridedView[]) => DeviceBuffer): DeviceBuffer {
    const placed = inputs.map((v) => this.placed(v.buffer));
    let device: Device | null = null;
    for (const p of placed) {
      if (p.device === null || (p.device === 'cpu' && p.length === 1)) continue;
      if (device === null) device = p.device;
      else if (device !== p.device) {
        throw runtimeError(`Expected all tensors to be on the same device, but found at least two devices, ${deviceName(device)} and ${deviceName(p.device)}!`);
      }
    }
    const held = placed.some((p) => this.isGpu(p.inner));
    const onGpu = this.gpu !== null && (held || this.placement === 'webgpu' || device === 'cuda' || large);
    const backend: Backend = onGpu ? (this.gpu as WebGpuBackend) : this.cpu;
    const out = kernel(backend, inputs.map((v) => this.lower(v, backend)));
    return new PlacedBuffer(this, out, device);
  }

  /** The backend an in-place write runs on: the GPU when any side is there (the destination moves up). */
  private writeTarget(dst: StridedView, sources: readonly StridedView[]): Backend {
    const target = this.placed(dst.buffer);
    const gpu = this.gpu;
    if (gpu !== null && !this.isGpu(target.inner) && sources.some((s) => this.isGpu(this.inner(s.buffer)))) this.migrate(target, gpu);
    return this.residence(target.inner);
  }

  /** A view of the held buffer, for `backend`: CPU memory a GPU op reads moves to the GPU when it is not tiny. */
  private lower(view: StridedView, backend: Backend): StridedView {
    const p = this.placed(view.buffer);
    if (backend !== this.cpu && !this.isGpu(p.inner) && p.length >= MIGRATE_ELEMENTS) this.migrate(p, backend as WebGpuBackend);
    return { ...view, buffer: p.inner };
  }

  private migrate(p: PlacedBuffer, gpu: WebGpuBackend): void {
    if (this.isGpu(p.inner)) return;
    const cpu = p.inner;
    if (!(cpu instanceof CpuBuffer)) throw new Error(`cannot move a ${cpu.backend.name} buffer to the GPU`);
    p.inner = gpu.upload(cpu.data.slice(), cpu.dtype);
  }

  private residence(inner: DeviceBuffer): Backend {
    return this.isGpu(inner) ? (this.gpu as WebGpuBackend) : this.cpu;
  }

  private isGpu(inner: DeviceBuffer): boolean {
    if (!(inner instanceof WebGpuBuffer)) return false;
    if (inner.backend !== this.gpu) throw runtimeError('The WebGPU device was lost, and this tensor with it. Run the program again: Tandem now runs it on the CPU.');
    return true;
  }

  private requireGpu(): WebGpuBackend {
    if (this.gpu === null || this.placement === 'cpu') throw runtimeError('No GPU is available to Tandem here (torch.cuda.is_available() is False).');
    return this.gpu;
  }

  private placed(buffer: DeviceBuffer): PlacedBuffer {
    if (!(buffer instanceof PlacedBuffer) || buffer.backend !== this) throw new Error(`automatic placement was given a ${buffer.backend.name} buffer`);
    return buffer;
  }

  private inner(buffer: DeviceBuffer): DeviceBuffer {
    const inner = this.placed(buffer).inner;
    this.isGpu(inner);
    return inner;
  }
}
