// Comparisons and logic (bool results, no gradient), and the selection ops built on masks: where, clamp,
// masked_fill.

import { record } from '../autograd/record.ts';
import type { BinaryOp } from '../backends/backend.ts';
import { promoteTypes, scalarTypeName } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { broadcastAll } from '../shape.ts';
import type { Tensor } from '../tensor.ts';
import { binaryKernel, castKernel, unaryKernel, whereKernel, zerosLikeKernel } from './kernels.ts';
import { promotedType, toTensor, type Operand } from './scalar.ts';

function compare(op: BinaryOp, a: Operand, b: Operand): Tensor {
  const x = toTensor(a);
  const y = toTensor(b);
  const dtype = promotedType(x, y);
  return binaryKernel(op, castKernel(x, dtype), castKernel(y, dtype), 'bool');
}

export const eq = (a: Operand, b: Operand): Tensor => compare('eq', a, b);
export const ne = (a: Operand, b: Operand): Tensor => compare('ne', a, b);
export const lt = (a: Operand, b: Operand): Tensor => compare('lt', a, b);
export const le = (a: Operand, b: Operand): Tensor => compare('le', a, b);
export const gt = (a: Operand, b: Operand): Tensor => compare('gt', a, b);
export const ge = (a: Operand, b: Operand): Tensor => compare('ge', a, b);

const asBool = (x: Operand): Tensor => castKernel(toTensor(x), 'bool');
export const logicalAnd = (a: Operand, b: Operand): Tensor => binaryKernel('and', asBool(a), asBool(b), 'bool');
export const logicalOr = (a: Operand, b: Operand): Tensor => binaryKernel('or', asBool(a), asBool(b), 'bool');
export const logicalXor = (a: Operand, b: Operand): Tensor => binaryKernel('xor', asBool(a), asBool(b), 'bool');
export const logicalNot = (a: Tensor): Tensor => unaryKernel('not', a, 'bool');
export const isnan = (a: Tensor): Tensor => unaryKernel('isnan', a, 'bool');

/** `torch.equal`: same shape and same values. A Python bool, so it reads back. */
export async function equal(a: Tensor, b: Tensor): Promise<boolean> {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) return false;
  return (await all1(eq(a, b))) === 1;
}

/** `torch.allclose`: |a - b| ≤ atol + rtol·|b| everywhere (NaN never close). */
export async function allclose(a: Tensor, b: Tensor, rtol = 1e-5, atol = 1e-8): Promise<boolean> {
  const dtype = promoteTypes(a.dtype, b.dtype);
  const x = castKernel(a, dtype);
  const y = castKernel(b, dtype);
  const diff = unaryKernel('abs', binaryKernel('sub', x, y));
  const bound = binaryKernel('add', binaryKernel('mul', unaryKernel('abs', y), castKernel(toTensor(rtol), dtype)), castKernel(toTensor(atol), dtype));
  return (await all1(binaryKernel('le', diff, bound, 'bool'))) === 1;
}

async function all1(mask: Tensor): Promise<number> {
  const reduced = mask.backend.reduce('all', mask.view, mask.shape.map((_, i) => i), 'bool');
  return (await mask.backend.read(reduced))[0];
}

/** `torch.where(cond, a, b)`, differentiable in a and b. */
export function where(condition: Tensor, a: Operand, b: Operand): Tensor {
  if (condition.dtype !== 'bool') {
    throw runtimeError(`where expected condition to be a boolean tensor, but got a tensor with dtype ${scalarTypeName(condition.dtype)}`);
  }
  const x = toTensor(a);
  const y = toTensor(b);
  const dtype = promotedType(x, y);
  const cx = castKernel(x, dtype);
  const cy = castKernel(y, dtype);
  const out = whereKernel(condition, cx, cy);
  return record(out, 'WhereBackward0', [x, y], (g) => [whereKernel(condition, g, zerosLikeKernel(g)), whereKernel(condition, zerosLikeKernel(g), g)], [condition]);
}

/** `torch.clamp(x, min, max)`: the gradient passes where min ≤ x ≤ max. */
export function clamp(x: Tensor, min: number | null = null, max: number | null = null): Tensor {
  if (min === null && max === null) throw runtimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  let out = x;
  let pass: Tensor | null = null;
  const dtype = x.dtype;
  const bound = (v: number): Tensor => castKernel(toTensor(v), dtype);
  if (min !== null) {
    out = binaryKernel('maximum', out, bound(min));
    pass = binaryKernel('ge', x, bound(min), 'bool');
  }
  if (max !== null) {
    out = binaryKernel('minimum', out, bound(max));
    const below = binaryKernel('le', x, bound(max), 'bool');
    pass = pass === null ? below : binaryKernel('and', pass, below, 'bool');
  }
  const mask = pass as Tensor;
  if (out === x) out = unaryKernel('identity', x);
  return record(out, 'ClampBackward1', [x], (g) => [whereKernel(mask, g, zerosLikeKernel(g))], [x], [mask]);
}

/** `tensor.masked_fill(mask, value)`: the gradient is zero where filled. */
export function maskedFill(x: Tensor, mask: Tensor, value: number): Tensor {
  if (mask.dtype !== 'bool') {
    throw runtimeError(`masked_fill_ only supports boolean masks, but got mask with dtype ${scalarTypeName(mask.dtype)}`);
  }
  broadcastAll([x.shape, mask.shape]);
  const filler = castKernel(toTensor(value), x.dtype);
  const out = whereKernel(mask, filler, x);
  return record(out, 'MaskedFillBackward0', [x], (g) => [whereKernel(mask, zerosLikeKernel(g), g)], [mask]);
}
