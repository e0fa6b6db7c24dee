// The Tensor: a strided view of device memory plus the autograd metadata PyTorch keeps on it.
//
// Ops are free functions in ./ops (so this file stays small and import-cycle free). Reading values is
// asynchronous (`await t.data()`, `await t.item()`) because on a GPU backend it is a readback.

import type { DeviceBuffer, StridedView } from './backends/backend.ts';
import type { AccumulateGrad, GradFn } from './autograd/node.ts';
import { isFloating, type DType, type TypedArray } from './dtype.ts';
import { runtimeError, valueError } from './errors.ts';
import { ownStorage } from './memory/ownership.ts';
import { contiguousStrides, numel, type Shape } from './shape.ts';

/**
 * Memory shared by a tensor and all its views. `version` counts in-place writes, so autograd can tell when a
 * tensor it saved for backward has been overwritten (PyTorch's version counter).
 */
export class Storage {
  version = 0;
  /** Set when the runtime released the buffer (memory/): any later use is a bug, reported loudly. */
  released = false;
  constructor(readonly buffer: DeviceBuffer) {
    // While a program runs, the runtime owns the memory and releases it once nothing reaches it.
    ownStorage(this);
  }
}

export class Tensor {
  grad: Tensor | null = null;
  /** The node that produced this tensor; null for leaves. */
  gradFn: GradFn | null = null;
  /** Set on `nn.Parameter`s (the interpreter prints them as "Parameter containing:"). */
  isParameter = false;
  /** A Python number promoted to a 0-d tensor: it takes part in type promotion as PyTorch's wrapped numbers. */
  isWrappedNumber = false;
  /** Set by retainGrad(): a non-leaf whose .grad autograd fills in. */
  retainsGrad = false;
  /** A leaf's gradient sink in the graph (PyTorch's AccumulateGrad), created on first use. */
  gradAccumulator: AccumulateGrad | null = null;
  private leafRequiresGrad = false;

  constructor(
    readonly storage: Storage,
    readonly shape: Shape,
    readonly strides: readonly number[],
    readonly offset: number,
    readonly dtype: DType,
  ) {}

  /** A fresh contiguous tensor over `buffer`. */
  static fromBuffer(buffer: DeviceBuffer, shape: Shape): Tensor {
    return new Tensor(new Storage(buffer), [...shape], contiguousStrides(shape), 0, buffer.dtype);
  }

  get ndim(): number {
    return this.shape.length;
  }

  get numel(): number {
    return numel(this.shape);
  }

  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  get requiresGrad(): boolean {
    return this.gradFn !== null || this.leafRequiresGrad;
  }

  /** `tensor.requires_grad_(flag)`, with PyTorch's checks. */
  setRequiresGrad(flag: boolean): this {
    if (!this.isLeaf) {
      if (flag) return this;
      throw runtimeError(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
      );
    }
    if (flag && !isFloating(this.dtype)) throw runtimeError('only Tensors of floating point dtype can require gradients');
    this.leafRequiresGrad = flag;
    return this;
  }

  /** How kernels see this tensor. */
  get view(): StridedView {
    if (this.storage.released) throw releasedError();
    return { buffer: this.storage.buffer, shape: this.shape, strides: this.strides, offset: this.offset };
  }

  get backend() {
    return this.storage.buffer.backend;
  }

  isContiguous(): boolean {
    let expected = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] !== 1 && this.strides[i] !== expected) return false;
      expected *= this.shape[i];
    }
    return true;
  }

  /** A tensor sharing this one's memory, cut from the graph (`tensor.detach()`, and `tensor.data` in Python). */
  detach(): Tensor {
    const t = new Tensor(this.storage, this.shape, this.strides, this.offset, this.dtype);
    t.isWrappedNumber = this.isWrappedNumber;
    return t;
  }

  /** Marks a non-leaf so that backward() stores its gradient in .grad. */
  retainGrad(): void {
    if (!this.requiresGrad) throw runtimeError("can't retain_grad on Tensor that has requires_grad=False");
    if (this.gradFn !== null) {
      this.retainsGrad = true;
      this.gradFn.retainedOutput = this;
    }
  }

  /** The elements in row-major order, as a new typed array (Float32Array, Float64Array for float64/int64,
   *  Uint8Array for bool). */
  async data(): Promise<TypedArray> {
    if (this.storage.released) throw releasedError();
    const backend = this.backend;
    if (this.isContiguous() && this.offset === 0 && this.storage.buffer.length === this.numel) {
      return backend.read(this.storage.buffer);
    }
    return backend.read(backend.unary('identity', this.view, this.dtype));
  }

  /** The single value of a one-element tensor (`tensor.item()`). */
  async item(): Promise<number> {
    if (this.numel !== 1) throw valueError('only one element tensors can be converted to Python scalars');
    return (await this.data())[0];
  }

  toString(): string {
    return `Tensor(shape=[${this.shape.join(', ')}], dtype=${this.dtype})`;
  }
}

/** A released buffer must never be read: on a GPU it may already hold another tensor's values. */
function releasedError(): Error {
  return new Error('internal error: a tensor was used after Tandem released its memory');
}
