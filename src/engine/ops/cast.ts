// dtype conversion (`tensor.to(dtype)`, `.float()`, `.long()`...). Converting to an integer dtype cuts the graph,
// since integer tensors cannot require grad.

import { record } from '../autograd/record.ts';
import { isFloating, type DType } from '../dtype.ts';
import type { Tensor } from '../tensor.ts';
import { castKernel } from './kernels.ts';

/** The tensor itself when it already has `dtype` (as PyTorch returns self), else a converted copy. */
export function to(x: Tensor, dtype: DType): Tensor {
  if (x.dtype === dtype) return x;
  const out = castKernel(x, dtype);
  if (!isFloating(dtype)) return out;
  return record(out, 'ToCopyBackward0', [x], (g) => [g]);
}
