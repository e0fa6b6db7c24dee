// torch.nn.init: weight initialisations, computed with PyTorch's formulas in double precision and drawn
// from the default generator, so seeded models start from PyTorch's exact weights.

import { noGrad } from '../autograd/grad-mode.ts';
import { valueError } from '../errors.ts';
import { fill_ } from '../ops/inplace.ts';
import { normal_ as normalFill, uniform_ as uniformFill } from '../random/sampling.ts';
import type { Tensor } from '../tensor.ts';

export type Nonlinearity = 'linear' | 'conv1d' | 'conv2d' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'selu';

/** torch.nn.init.calculate_gain. */
export function calculateGain(nonlinearity: Nonlinearity, param: number | null = null): number {
  switch (nonlinearity) {
    case 'linear':
    case 'conv1d':
    case 'conv2d':
    case 'sigmoid':
      return 1;
    case 'tanh':
      return 5 / 3;
    case 'relu':
      return Math.sqrt(2);
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      return Math.sqrt(2 / (1 + slope ** 2));
    }
    case 'selu':
      return 3 / 4;
  }
}

/** fan_in = size(1)·receptive field, fan_out = size(0)·receptive field. */
export function fanInAndFanOut(t: Tensor): [number, number] {
  if (t.ndim < 2) throw valueError('Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  const receptive = t.shape.slice(2).reduce((a, d) => a * d, 1);
  return [t.shape[1] * receptive, t.shape[0] * receptive];
}

export const uniform_ = (t: Tensor, a = 0, b = 1): Tensor => noGrad(() => uniformFill(t, a, b));
export const normal_ = (t: Tensor, mean = 0, std = 1): Tensor => noGrad(() => normalFill(t, mean, std));
export const constant_ = (t: Tensor, value: number): Tensor => noGrad(() => fill_(t, value));
export const zeros_ = (t: Tensor): Tensor => constant_(t, 0);
export const ones_ = (t: Tensor): Tensor => constant_(t, 1);

export function xavierUniform_(t: Tensor, gain = 1): Tensor {
  const [fanIn, fanOut] = fanInAndFanOut(t);
  const std = gain * Math.sqrt(2 / (fanIn + fanOut));
  const a = Math.sqrt(3) * std;
  return uniform_(t, -a, a);
}

export function xavierNormal_(t: Tensor, gain = 1): Tensor {
  const [fanIn, fanOut] = fanInAndFanOut(t);
  return normal_(t, 0, gain * Math.sqrt(2 / (fanIn + fanOut)));
}

export type FanMode = 'fan_in' | 'fan_out';

export function kaimingUniform_(t: Tensor, a = 0, mode: FanMode = 'fan_in', nonlinearity: Nonlinearity = 'leaky_relu'): Tensor {
  const [fanIn, fanOut] = fanInAndFanOut(t);
  const std = calculateGain(nonlinearity, a) / Math.sqrt(mode === 'fan_in' ? fanIn : fanOut);
  const bound = Math.sqrt(3) * std;
  return uniform_(t, -bound, bound);
}

export function kaimingNormal_(t: Tensor, a = 0, mode: FanMode = 'fan_in', nonlinearity: Nonlinearity = 'leaky_relu'): Tensor {
  const [fanIn, fanOut] = fanInAndFanOut(t);
  return normal_(t, 0, calculateGain(nonlinearity, a) / Math.sqrt(mode === 'fan_in' ? fanIn : fanOut));
}

/**
 * PyTorch's default initialisation of Linear and Conv layers (their reset_parameters): kaiming_uniform_(a=√5)
 * on the weight, which works out to U(−1/√fan_in, 1/√fan_in), then the same bound for the bias; weight first,
 * then bias, so a seeded generator gives PyTorch's exact numbers.
 */
export function resetWeightAndBias(weight: Tensor, bias: Tensor | null): void {
  kaimingUniform_(weight, Math.sqrt(5));
  if (bias !== null) {
    const [fanIn] = fanInAndFanOut(weight);
    const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
    uniform_(bias, -bound, bound);
  }
}
