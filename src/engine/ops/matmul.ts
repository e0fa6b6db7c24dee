// Matrix products: matmul with PyTorch's rank rules (dot, mv, mm, batched with broadcast batch dims), and
// linear (addmm for a batch of rows: the op behind nn.Linear).

import { record } from '../autograd/record.ts';
import { scalarTypeName } from '../dtype.ts';
import { runtimeError } from '../errors.ts';
import { broadcastShapes, numel, type Shape } from '../shape.ts';
import type { StridedView } from '../backends/backend.ts';
import { Tensor } from '../tensor.ts';
import { add } from './arithmetic.ts';
import { broadcastView, reshapeContiguous, restride } from './kernels.ts';
import { sum } from './reduce.ts';
import { reshape, sumTo, transpose } from './views.ts';

function checkSameDtype(a: Tensor, b: Tensor): void {
  if (a.dtype !== b.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(a.dtype)} but found ${scalarTypeName(b.dtype)}`);
}

function shapeError(m: number, k: number, k2: number, n: number): never {
  throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);
}

/** (..., M, K) @ (..., K, N) with broadcast batch dims, forward only. Both inputs have ndim ≥ 2. */
function batchedProduct(a: Tensor, b: Tensor): Tensor {
  const m = a.shape[a.ndim - 2];
  const k = a.shape[a.ndim - 1];
  const n = b.shape[b.ndim - 1];
  const batch = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
  // Each operand as a (B, rows, cols) view broadcast over the batch (copied only if the batch dims cannot merge).
  const flat = (t: Tensor, rows: number, cols: number): StridedView => {
    // A matrix needs no intermediate tensor (the commonest case: every Dense and Linear layer).
    if (t.ndim === 2) {
      const { buffer, strides, offset } = t.view;
      return { buffer, shape: [batch.length === 0 ? 1 : numel(batch), rows, cols], strides: [0, strides[0], strides[1]], offset };
    }
    const expanded = broadcastView(t.detach(), [...batch, rows, cols]);
    if (batch.length === 0) return restride(expanded, [1, rows, cols], [0, ...expanded.strides], expanded.offset).view;
    return reshape(expanded, [numel(batch), rows, cols]).view;
  };
  const buffer = a.backend.matmul(flat(a, m, k), flat(b, k, n), a.dtype);
  return Tensor.fromBuffer(buffer, [...batch, m, n]);
}

/** The product's gradients, each summed back to its operand's (pre-broadcast) shape. */
function productGrads(g: Tensor, a: Tensor, b: Tensor, needs: readonly boolean[]): [Tensor | null, Tensor | null] {
  return [
    needs[0] ? sumTo(batchedProduct(g, transpose(b, -1, -2)), a.shape) : null,
    needs[1] ? sumTo(batchedProduct(transpose(a, -1, -2), g), b.shape) : null,
  ];
}

export function mm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw runtimeError('self must be a matrix');
  if (b.ndim !== 2) throw runtimeError('mat2 must be a matrix');
  if (a.shape[1] !== b.shape[0]) shapeError(a.shape[0], a.shape[1], b.shape[0], b.shape[1]);
  checkSameDtype(a, b);
  return record(batchedProduct(a, b), 'MmBackward0', [a, b], (g, needs) => productGrads(g, a, b, needs), [a, b]);
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) {
    throw runtimeError(`both arguments to matmul need to be at least 1D, but they are ${a.ndim}D and ${b.ndim}D`);
  }
  checkSameDtypeAfterShapes(a, b);
  if (a.ndim === 1 && b.ndim === 1) return dot(a, b);
  if (a.ndim === 2 && b.ndim === 2) return mm(a, b);
  if (a.ndim === 2 && b.ndim === 1) return mv(a, b);
  // Lift 1-D operands to matrices, multiply, and drop the lifted dim again.
  const a2 = a.ndim === 1 ? reshapeContiguous(a.detach(), [1, a.shape[0]]) : a.detach();
  const b2 = b.ndim === 1 ? reshapeContiguous(b.detach(), [b.shape[0], 1]) : b.detach();
  checkInner(a2, b2, a.ndim, b.ndim);
  const full = batchedProduct(a2, b2);
  const outShape = full.shape.filter((_, i) => !(a.ndim === 1 && i === full.ndim - 2) && !(b.ndim === 1 && i === full.ndim - 1));
  const out = reshapeContiguous(full, outShape);
  const name = a.ndim === 1 && b.ndim === 2 ? 'SqueezeBackward3' : 'UnsafeViewBackward0';
  return record(out, name, [a, b], (g, needs) => {
    const [ga, gb] = productGrads(reshape(g, full.shape), a2, b2, needs);
    return [ga === null ? null : reshape(ga, a.shape), gb === null ? null : reshape(gb, b.shape)];
  }, [a, b], [a2, b2]);
}

function checkSameDtypeAfterShapes(a: Tensor, b: Tensor): void {
  if (a.dtype === b.dtype) return;
  // PyTorch reports a shape mismatch before a dtype mismatch.
  const k1 = a.shape[a.ndim - 1];
  const k2 = b.ndim === 1 ? b.shape[0] : b.shape[b.ndim - 2];
  if (k1 === k2) checkSameDtype(a, b);
}

function checkInner(a2: Tensor, b2: Tensor, aRank: number, bRank: number): void {
  const k = a2.shape[a2.ndim - 1];
  const k2 = b2.shape[b2.ndim - 2];
  if (k === k2) return;
  const n = b2.shape[b2.ndim - 1];
  if (bRank === 2 || (aRank >= 3 && bRank === 1)) shapeError(numel(a2.shape.slice(0, -1)), k, k2, n);
  if (aRank === 1) shapeError(1, k, k2, n);
  throw runtimeError(
    `Expected size for first two dimensions of batch2 tensor to be: [${numel(b2.shape.slice(0, -2))}, ${k}] but got: [${numel(b2.shape.slice(0, -2))}, ${k2}].`,
  );
}

export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw runtimeError(`1D tensors expected, but got ${a.ndim}D and ${b.ndim}D tensors`);
  }
  if (a.shape[0] !== b.shape[0]) {
    throw runtimeError(
      `inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`,
    );
  }
  if (a.dtype !== b.dtype) {
    throw runtimeError(`dot : expected both vectors to have same dtype, but found ${scalarTypeName(a.dtype)} and ${scalarTypeName(b.dtype)}`);
  }
  const a2 = reshapeContiguous(a.detach(), [1, a.shape[0]]);
  const b2 = reshapeContiguous(b.detach(), [b.shape[0], 1]);
  const out = reshapeContiguous(batchedProduct(a2, b2), []);
  return record(out, 'DotBackward0', [a, b], (g) => [mulScalarTensor(b, g), mulScalarTensor(a, g)], [a, b]);
}

const mulScalarTensor = (v: Tensor, g: Tensor): Tensor => reshape(batchedProduct(reshape(g, [1, 1]), reshape(v, [1, v.shape[0]])), [v.shape[0]]);

export function mv(a: Tensor, v: Tensor): Tensor {
  if (a.shape[1] !== v.shape[0]) throw runtimeError(`size mismatch, got ${a.shape[0]}, ${a.shape[0]}x${a.shape[1]},${v.shape[0]}`);
  checkSameDtype(a, v);
  const v2 = reshapeContiguous(v.detach(), [v.shape[0], 1]);
  const out = reshapeContiguous(batchedProduct(a, v2), [a.shape[0]]);
  return record(out, 'MvBackward0', [a, v], (g, needs) => {
    const g2 = reshape(g, [a.shape[0], 1]);
    const [ga, gv] = productGrads(g2, a, v2, needs);
    return [ga, gv === null ? null : reshape(gv, [v.shape[0]])];
  }, [a, v], [v2]);
}

/** `torch.bmm`: strictly 3-D batches of equal size. */
export function bmm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 3) throw runtimeError(`batch1 must be a 3D tensor`);
  if (b.ndim !== 3) throw runtimeError(`batch2 must be a 3D tensor`);
  if (a.shape[0] !== b.shape[0] || a.shape[2] !== b.shape[1]) {
    throw runtimeError(
      `Expected size for first two dimensions of batch2 tensor to be: [${a.shape[0]}, ${a.shape[2]}] but got: [${b.shape[0]}, ${b.shape[1]}].`,
    );
  }
  checkSameDtype(a, b);
  return record(batchedProduct(a, b), 'BmmBackward0', [a, b], (g, needs) => productGrads(g, a, b, needs), [a, b]);
}

/**
 * `F.linear(x, weight, bias)` = x @ weightᵀ + bias over the last dim of x. Recorded as one node named as
 * PyTorch 1.13 names it: AddmmBackward0 for a batch of rows with bias, MmBackward0 without.
 */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null = null): Tensor {
  const inFeatures = x.shape[x.ndim - 1];
  const [outFeatures, wIn] = weight.shape;
  if (x.ndim === 0) throw runtimeError('both arguments to linear need to be at least 1D, but they are 0D and 2D');
  const rows = x.ndim === 1 ? 1 : numel(x.shape.slice(0, -1));
  if (inFeatures !== wIn) shapeError(rows, inFeatures, wIn, outFeatures);
  checkSameDtype(x, weight);
  const x2 = reshape(x.detach(), [rows, inFeatures]);
  const wt = transpose(weight.detach(), 0, 1);
  let out2 = batchedProduct(x2, wt);
  if (bias !== null) out2 = add(out2, bias.detach());
  const outShape: Shape = x.ndim === 1 ? [outFeatures] : [...x.shape.slice(0, -1), outFeatures];
  const out = reshapeContiguous(out2, outShape);
  const name = linearName(x.ndim, bias !== null);
  return record(out, name, [x, weight, bias], (g, needs) => {
    const g2 = reshape(g, [rows, outFeatures]);
    return [
      needs[0] ? reshape(batchedProduct(g2, weight), x.shape) : null,
      needs[1] ? batchedProduct(transpose(g2, 0, 1), x2) : null,
      needs[2] ? sum(g2, 0) : null,
    ];
  }, [x, weight], [x2]);
}

function linearName(rank: number, hasBias: boolean): string {
  if (rank === 1) return hasBias ? 'AddBackward0' : 'SqueezeBackward3';
  if (rank === 2) return hasBias ? 'AddmmBackward0' : 'MmBackward0';
  return hasBias ? 'ViewBackward0' : 'UnsafeViewBackward0';
}
