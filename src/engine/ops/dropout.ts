// Dropout as PyTorch's CPU path computes it: a bernoulli(1 − p) mask scaled by 1/(1 − p), multiplied in (so the
// graph shows MulBackward0), drawing from the default generator.

import { valueError } from '../errors.ts';
import { bernoulli } from '../random/sampling.ts';
import type { Tensor } from '../tensor.ts';
import { div, mul } from './arithmetic.ts';
import { zerosLikeKernel } from './kernels.ts';

export function dropout(x: Tensor, p = 0.5, training = true): Tensor {
  if (p < 0 || p > 1) throw valueError(`dropout probability has to be between 0 and 1, but got ${p}`);
  if (!training || p === 0) return x;
  if (p === 1) return mul(x, zerosLikeKernel(x));
  const keep = div(bernoulli(x.shape, 1 - p, x.dtype), 1 - p);
  return mul(x, keep);
}
