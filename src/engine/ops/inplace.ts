// In-place updates (`add_`, `x -= ...`, `fill_`, `copy_`): the op runs out of place, then its values are written
// into the target's memory, whose version counter rises (so autograd can spot overwritten saved tensors). With
// grad mode on, the target takes the op's grad_fn as its own history, as PyTorch rebases it.

import { isGradEnabled } from '../autograd/grad-mode.ts';
import { isFloating, scalarTypeName } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { formatShape, sameShape } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { broadcastView, unaryKernel } from './kernels.ts';
import { toTensor, type Operand } from './scalar.ts';

/** PyTorch's check for in-place ops on a leaf that requires grad, outside no_grad. */
export function checkInPlace(target: Tensor): void {
  if (isGradEnabled() && target.isLeaf && target.requiresGrad) {
    throw runtimeError('a leaf Variable that requires grad is being used in an in-place operation.');
  }
}

/** Writes `result` (computed out of place from `target`) into `target`, returning `target`. */
export function commit(target: Tensor, result: Tensor): Tensor {
  checkInPlace(target);
  const narrowing = (isFloating(result.dtype) && !isFloating(target.dtype)) || (result.dtype === 'int64' && target.dtype === 'bool');
  if (narrowing) {
    throw runtimeError(`result type ${scalarTypeName(result.dtype)} can't be cast to the desired output type ${scalarTypeName(target.dtype)}`);
  }
  if (!sameShape(result.shape, target.shape)) {
    const broadcastable = result.ndim <= target.ndim && result.shape.every((d, i) => d === 1 || d === target.shape[target.ndim - result.ndim + i]);
    if (!broadcastable) {
      throw runtimeError(`output with shape ${formatShape(target.shape)} doesn't match the broadcast shape ${formatShape(result.shape)}`);
    }
  }
  target.backend.write(target.view, broadcastView(result, target.shape).view);
  target.storage.version++;
  if (isGradEnabled() && result.gradFn !== null) target.gradFn = result.gradFn;
  return target;
}

/**
 * `target op= other` (`x += y`, `add_`, `mul_`...): `compute` gets the tensor to read target's old values from.
 * Usually that is target itself; but when the op's backward would read target, which is about to be
 * overwritten, it gets a copy carrying target's history instead, as PyTorch saves `self.clone()` for in-place
 * ops. `compute` must be a plain function of its input (it may run twice).
 */
export function applyInPlace(target: Tensor, compute: (self: Tensor) => Tensor): Tensor {
  checkInPlace(target);
  let result = compute(target);
  if (result.gradFn !== null && result.gradFn.savedTensors.some((t) => t.storage === target.storage)) {
    result = compute(snapshotOf(target));
  }
  return commit(target, result);
}

function snapshotOf(target: Tensor): Tensor {
  const copy = unaryKernel('identity', target);
  copy.gradFn = target.gradFn;
  return copy;
}

/** `tensor.fill_(value)` / `zero_()`. */
export function fill_(target: Tensor, value: number): Tensor {
  checkInPlace(target);
  target.backend.fill(target.view, value);
  target.storage.version++;
  return target;
}

/** `tensor.copy_(src)`: src broadcast to target's shape, converted to its dtype. */
export function copy_(target: Tensor, src: Operand): Tensor {
  checkInPlace(target);
  const s = toTensor(src);
  target.backend.write(target.view, broadcastView(s, target.shape).view);
  target.storage.version++;
  return target;
}
