// Batch normalization: each channel of a batch shifted and scaled to zero mean and unit variance (the batch's
// own statistics in training, running estimates in eval), then by a per-channel weight and bias. The forward
// runs on kernels without history and records one node, NativeBatchNormBackward0 as in PyTorch, whose backward
// is written out below. `normalizeChannels` serves any channel axis (Keras normalizes the last one);
// `batchNorm` is PyTorch's F.batch_norm, channels at dim 1, with its running-statistics update.

import { record } from '../autograd/record.ts';
import { noGrad } from '../autograd/grad-mode.ts';
import { runtimeError, valueError } from '../errors.ts';
import { normalizeDim } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { add, mul, sub } from './arithmetic.ts';
import { copy_ } from './inplace.ts';
import { binaryKernel, contiguousKernel, reduceKernel, reshapeContiguous, scalarKernel, unaryKernel } from './kernels.ts';
import { mean, sum } from './reduce.ts';

/** Per-channel statistics: the mean and the biased variance (divided by n, as normalization uses). */
export interface ChannelMoments {
  readonly mean: Tensor;
  readonly variance: Tensor;
}

export interface Normalized {
  readonly output: Tensor;
  /** The batch's own statistics (shape (C,), no history) when it was normalized with them; else null. */
  readonly batch: (ChannelMoments & { readonly count: number }) | null;
}

const k = (v: number, like: Tensor): Tensor => scalarKernel(v, like.dtype, like);

/** A (C,) tensor shaped to broadcast along `axis` of an `ndim`-dim input: (1, C, 1, 1) for channels at dim 1. */
function alongAxis(t: Tensor, axis: number, ndim: number): Tensor {
  return reshapeContiguous(contiguousKernel(t), Array.from({ length: ndim }, (_, i) => (i === axis ? t.numel : 1)));
}

function checkChannels(what: string, t: Tensor | null, channels: number): void {
  if (t !== null && t.numel !== channels) throw runtimeError(`${what} should contain ${channels} elements not ${t.numel}`);
}

/**
 * y = (x − mean) / √(var + eps) · weight + bias per channel along `axis`: with the batch's statistics when
 * `stats` is null (their gradient flows back to x), with the given ones otherwise (treated as constants).
 */
export function normalizeChannels(
  x: Tensor,
  axis: number,
  stats: ChannelMoments | null,
  weight: Tensor | null,
  bias: Tensor | null,
  eps: number,
): Normalized {
  const channelAxis = normalizeDim(axis, x.ndim);
  const reduced = x.shape.map((_, i) => i).filter((i) => i !== channelAxis);
  const count = reduced.reduce((n, i) => n * x.shape[i], 1);
  const per = (t: Tensor): Tensor => alongAxis(t, channelAxis, x.ndim);

  let batch: Normalized['batch'] = null;
  let centre: Tensor;
  let variance: Tensor;
  if (stats === null) {
    const total = reduceKernel('sum', x, reduced, false, x.dtype);
    const batchMean = binaryKernel('div', total, k(count, x));
    const deviation = binaryKernel('sub', x, per(batchMean));
    const squares = reduceKernel('sum', binaryKernel('mul', deviation, deviation), reduced, false, x.dtype);
    const batchVariance = binaryKernel('div', squares, k(count, x));
    batch = { mean: batchMean, variance: batchVariance, count };
    centre = batchMean;
    variance = batchVariance;
  } else {
    centre = stats.mean.detach();
    variance = stats.variance.detach();
  }
  const invstd = per(unaryKernel('rsqrt', binaryKernel('add', variance, k(eps, variance))));
  const normalized = binaryKernel('mul', binaryKernel('sub', x, per(centre)), invstd);
  let output = weight === null ? normalized : binaryKernel('mul', normalized, per(weight.detach()));
  if (bias !== null) output = binaryKernel('add', output, per(bias.detach()));

  const fromBatch = batch !== null;
  const saved = [x, ...(weight === null ? [] : [weight])];
  record(
    output,
    'NativeBatchNormBackward0',
    [x, weight, bias],
    (g, needs) => {
      const gy = weight === null ? g : mul(g, per(weight));
      let gx: Tensor | null = null;
      if (needs[0]) {
        // Through the batch's statistics every value of a channel moves its mean and variance too:
        // dx = invstd · (gy − mean(gy) − x̂ · mean(gy · x̂)), means over the channel's values.
        gx = fromBatch
          ? mul(sub(sub(gy, mean(gy, reduced, true)), mul(normalized, mean(mul(gy, normalized), reduced, true))), invstd)
          : mul(gy, invstd);
      }
      return [gx, needs[1] ? sum(mul(g, normalized), reduced) : null, needs[2] ? sum(g, reduced) : null];
    },
    saved,
    [normalized, invstd],
  );
  return { output, batch };
}

/**
 * F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps), channels at dim 1.
 * In training it normalizes with the batch's statistics and, given running ones, moves them in place (no
 * history): running = (1 − momentum)·running + momentum·batch, the variance unbiased (n/(n − 1)) as PyTorch does.
 * `momentum` may be a 0-d tensor: nn.BatchNorm's cumulative average (momentum=None) uses 1/num_batches_tracked,
 * which lives on the device.
 */
export function batchNorm(
  input: Tensor,
  runningMean: Tensor | null,
  runningVar: Tensor | null,
  weight: Tensor | null = null,
  bias: Tensor | null = null,
  training = false,
  momentum: number | Tensor = 0.1,
  eps = 1e-5,
): Tensor {
  const channels = input.shape[normalizeDim(1, input.ndim)];
  if (training) {
    const perChannel = input.numel / channels;
    if (perChannel <= 1) {
      throw valueError(`Expected more than 1 value per channel when training, got input size torch.Size([${input.shape.join(', ')}])`);
    }
  }
  checkChannels('running_mean', runningMean, channels);
  checkChannels('running_var', runningVar, channels);
  checkChannels('weight', weight, channels);
  checkChannels('bias', bias, channels);
  if (!training && (runningMean === null || runningVar === null)) {
    throw runtimeError(`${runningMean === null ? 'running_mean' : 'running_var'} must be defined in evaluation mode`);
  }
  const stats = training ? null : { mean: runningMean as Tensor, variance: runningVar as Tensor };
  const { output, batch } = normalizeChannels(input, 1, stats, weight, bias, eps);
  if (batch !== null) {
    noGrad(() => {
      const unbiased = mul(batch.variance, batch.count / (batch.count - 1));
      const keep = typeof momentum === 'number' ? 1 - momentum : sub(1, momentum);
      if (runningMean !== null) copy_(runningMean, add(mul(runningMean, keep), mul(batch.mean, momentum)));
      if (runningVar !== null) copy_(runningVar, add(mul(runningVar, keep), mul(unbiased, momentum)));
    });
  }
  return output;
}
