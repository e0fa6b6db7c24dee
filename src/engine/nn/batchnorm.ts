// nn.BatchNorm1d / nn.BatchNorm2d, as torch/nn/modules/batchnorm.py: a per-channel weight (ones) and bias
// (zeros) when affine, and when tracking running stats the buffers running_mean (zeros), running_var (ones) and
// num_batches_tracked (0). Training normalizes with the batch's statistics and moves the running ones; eval uses
// the running ones (or the batch's, when none are tracked).

import { noGrad } from '../autograd/grad-mode.ts';
import { DEFAULT_FLOAT, type DType } from '../dtype.ts';
import { valueError } from '../errors.ts';
import { add, div } from '../ops/arithmetic.ts';
import { batchNorm } from '../ops/batchnorm.ts';
import { full, ones, zeros } from '../ops/creation.ts';
import { copy_ } from '../ops/inplace.ts';
import type { Tensor } from '../tensor.ts';
import { pyBoolRepr, pyFloatRepr } from './format.ts';
import { Module, parameter } from './module.ts';

abstract class BatchNorm extends Module {
  constructor(
    typeName: string,
    readonly numFeatures: number,
    readonly eps = 1e-5,
    /** null: a cumulative average of every batch seen (PyTorch's momentum=None). */
    readonly momentum: number | null = 0.1,
    readonly affine = true,
    readonly trackRunningStats = true,
    dtype: DType = DEFAULT_FLOAT,
  ) {
    super(typeName);
    this.registerParameter('weight', affine ? parameter(ones([numFeatures], dtype)) : null);
    this.registerParameter('bias', affine ? parameter(zeros([numFeatures], dtype)) : null);
    this.registerBuffer('running_mean', trackRunningStats ? zeros([numFeatures], dtype) : null);
    this.registerBuffer('running_var', trackRunningStats ? ones([numFeatures], dtype) : null);
    this.registerBuffer('num_batches_tracked', trackRunningStats ? full([], 0, 'int64') : null);
  }

  /** PyTorch's _check_input_dim: the ranks this class accepts. */
  protected abstract checkInputDim(input: Tensor): void;

  // Read through the registries: the interpreter may rebind them (`bn.running_mean = ...`, load_state_dict).
  get weight(): Tensor | null {
    return this._parameters.get('weight') ?? null;
  }

  get bias(): Tensor | null {
    return this._parameters.get('bias') ?? null;
  }

  get runningMean(): Tensor | null {
    return this._buffers.get('running_mean') ?? null;
  }

  get runningVar(): Tensor | null {
    return this._buffers.get('running_var') ?? null;
  }

  override forward(input: Tensor): Tensor {
    this.checkInputDim(input);
    let factor: number | Tensor = this.momentum ?? 0;
    const tracked = this._buffers.get('num_batches_tracked') ?? null;
    // As PyTorch, the count rises before F.batch_norm checks the batch (a rejected batch still counts).
    if (this.training && this.trackRunningStats && tracked !== null) {
      noGrad(() => copy_(tracked, add(tracked, 1)));
      if (this.momentum === null) factor = div(1, tracked);
    }
    const useBatchStats = this.training || (this.runningMean === null && this.runningVar === null);
    const passStats = !this.training || this.trackRunningStats;
    return batchNorm(
      input,
      passStats ? this.runningMean : null,
      passStats ? this.runningVar : null,
      this.weight,
      this.bias,
      useBatchStats,
      factor,
      this.eps,
    );
  }

  override extraRepr(): string {
    const momentum = this.momentum === null ? 'None' : pyFloatRepr(this.momentum);
    return `${this.numFeatures}, eps=${pyFloatRepr(this.eps)}, momentum=${momentum}, affine=${pyBoolRepr(this.affine)}, track_running_stats=${pyBoolRepr(this.trackRunningStats)}`;
  }
}

/** Over (N, C) or (N, C, L) inputs. */
export class BatchNorm1d extends BatchNorm {
  constructor(numFeatures: number, eps = 1e-5, momentum: number | null = 0.1, affine = true, trackRunningStats = true, dtype: DType = DEFAULT_FLOAT) {
    super('BatchNorm1d', numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  protected override checkInputDim(input: Tensor): void {
    if (input.ndim !== 2 && input.ndim !== 3) throw valueError(`expected 2D or 3D input (got ${input.ndim}D input)`);
  }
}

/** Over (N, C, H, W) inputs. */
export class BatchNorm2d extends BatchNorm {
  constructor(numFeatures: number, eps = 1e-5, momentum: number | null = 0.1, affine = true, trackRunningStats = true, dtype: DType = DEFAULT_FLOAT) {
    super('BatchNorm2d', numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  protected override checkInputDim(input: Tensor): void {
    if (input.ndim !== 4) throw valueError(`expected 4D input (got ${input.ndim}D input)`);
  }
}
