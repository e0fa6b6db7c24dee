// Reductions: sum, mean, max/min (whole tensor, or along a dim with indices), var/std, logsumexp, norm...
// Integer and bool sums give int64, as in PyTorch; mean needs a floating input.

import { record } from '../autograd/record.ts';
import { isFloating, scalarTypeName, type DType } from '../dtype.ts';
import { indexError, runtimeError } from '../errors.ts';
import { normalizeDim, type Shape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { div, mul, sub } from './arithmetic.ts';
import {
  argReduceKernel,
  binaryKernel,
  castKernel,
  fullKernel,
  reduceKernel,
  scalarKernel,
  unaryKernel,
  whereKernel,
  zerosLikeKernel,
} from './kernels.ts';
import { positionsAlong, scatterAddKernel } from './positions.ts';
import { exp } from './unary.ts';
import { expand, flip, reshape, unsqueeze } from './views.ts';

/** Which dims a reduction covers: none given (or an empty list) means all. */
export type Dims = number | readonly number[] | null | undefined;

function axesOf(x: Tensor, dim: Dims): number[] {
  if (dim === null || dim === undefined) return x.shape.map((_, i) => i);
  const list = typeof dim === 'number' ? [dim] : dim;
  if (list.length === 0) return x.shape.map((_, i) => i);
  return list.map((d) => normalizeDim(d, x.ndim)).filter((d) => d < x.ndim);
}

const isWhole = (dim: Dims): boolean => dim === null || dim === undefined;

/** The gradient of a reduction's output, brought back to the input's shape by re-inserting reduced dims. */
function expandBack(g: Tensor, inputShape: Shape, axes: readonly number[], keepdim: boolean): Tensor {
  const kept = keepdim ? g : reshape(g, inputShape.map((d, i) => (axes.includes(i) ? 1 : d)));
  return expand(kept, inputShape);
}

const countOf = (x: Tensor, axes: readonly number[]): number => axes.reduce((n, a) => n * x.shape[a], 1);

export function sum(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const axes = axesOf(x, dim);
  const outDtype = dtype ?? (isFloating(x.dtype) ? x.dtype : 'int64');
  const out = reduceKernel('sum', castKernel(x, outDtype), axes, keepdim, outDtype);
  return record(out, isWhole(dim) ? 'SumBackward0' : 'SumBackward1', [x], (g) => [expandBack(g, x.shape, axes, keepdim)]);
}

export function mean(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const outDtype = dtype ?? x.dtype;
  if (!isFloating(outDtype)) {
    throw runtimeError(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(outDtype)}`,
    );
  }
  const axes = axesOf(x, dim);
  const n = countOf(x, axes);
  const total = reduceKernel('sum', castKernel(x, outDtype), axes, keepdim, outDtype);
  const out = binaryKernel('div', total, scalarKernel(n, outDtype, x));
  return record(out, isWhole(dim) ? 'MeanBackward0' : 'MeanBackward1', [x], (g) => [
    div(expandBack(g, x.shape, axes, keepdim), n),
  ]);
}

/**
 * The product. Its gradient is the product of the other elements: prod/x where no element is zero, and where
 * one is, the product of the non-zero ones at the zero (every other position gets 0), as PyTorch's prod_backward.
 */
export function prod(x: Tensor, dim?: number, keepdim = false): Tensor {
  const axes = axesOf(x, dim);
  const outDtype = isFloating(x.dtype) ? x.dtype : 'int64';
  const out = reduceKernel('prod', castKernel(x, outDtype), axes, keepdim, outDtype);
  const name = dim === undefined ? 'ProdBackward0' : 'ProdBackward1';
  return record(out, name, [x], (g) => [prodGradient(g, x, out, axes, keepdim)], [x, out]);
}

function prodGradient(g: Tensor, x: Tensor, out: Tensor, axes: readonly number[], keepdim: boolean): Tensor {
  const zero = binaryKernel('eq', x, zerosLikeKernel(x), 'bool');
  const zeros = reduceKernel('sum', castKernel(zero, 'int64'), axes, true, 'int64');
  const nonZeroProduct = reduceKernel('prod', whereKernel(zero, fullKernel([], 1, x.dtype, x), x), axes, true, x.dtype);
  const upstream = expandBack(g, x.shape, axes, keepdim);
  // prod/x is safe where the slice has no zero; with one zero only that position has a non-zero gradient.
  const noZero = binaryKernel('eq', zeros, scalarKernel(0, 'int64', x), 'bool');
  const oneZero = binaryKernel('eq', zeros, scalarKernel(1, 'int64', x), 'bool');
  const safeX = whereKernel(zero, fullKernel([], 1, x.dtype, x), x);
  const others = whereKernel(
    noZero,
    binaryKernel('div', expandBack(out, x.shape, axes, keepdim), safeX),
    whereKernel(binaryKernel('and', oneZero, zero, 'bool'), nonZeroProduct, zerosLikeKernel(x)),
  );
  return mul(upstream, others);
}

function checkNonEmpty(x: Tensor, name: string): void {
  if (x.numel === 0) {
    throw runtimeError(
      `${name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`,
    );
  }
}

/** Gradient of a max/min-like reduction, shared evenly among the tied extreme elements (as PyTorch). */
function evenlyDistributed(g: Tensor, x: Tensor, out: Tensor, axes: readonly number[], keepdim: boolean): Tensor {
  const extreme = expandBack(out, x.shape, axes, keepdim);
  const mask = castKernel(binaryKernel('eq', x, castKernel(extreme, x.dtype), 'bool'), g.dtype);
  const ties = reduceKernel('sum', mask, [...axes], true, g.dtype);
  return div(mul(expandBack(g, x.shape, axes, keepdim), mask), ties);
}

/** `torch.max(x)`: the largest element (NaN if any). */
export function max(x: Tensor): Tensor {
  checkNonEmpty(x, 'max');
  const axes = axesOf(x, null);
  const out = reduceKernel('max', x, axes, false, x.dtype);
  return record(out, 'MaxBackward1', [x], (g) => [evenlyDistributed(g, x, out, axes, false)], [x, out]);
}

export function min(x: Tensor): Tensor {
  checkNonEmpty(x, 'min');
  const axes = axesOf(x, null);
  const out = reduceKernel('min', x, axes, false, x.dtype);
  return record(out, 'MinBackward1', [x], (g) => [evenlyDistributed(g, x, out, axes, false)], [x, out]);
}

export interface ValuesIndices {
  values: Tensor;
  indices: Tensor;
}

function checkDimNonEmpty(x: Tensor, axis: number, name: string): void {
  if (x.ndim > 0 && x.shape[axis] === 0) {
    throw indexError(`${name}(): Expected reduction dim ${axis} to have non-zero size.`);
  }
}

function extremeAlong(kind: 'max' | 'min', x: Tensor, dim: number, keepdim: boolean): ValuesIndices {
  const axis = normalizeDim(dim, x.ndim);
  checkDimNonEmpty(x, axis, kind);
  const axes = x.ndim === 0 ? [] : [axis];
  const indices = x.ndim === 0 ? castKernel(scalarKernel(0, 'int64', x), 'int64') : argReduceKernel(kind === 'max' ? 'argmax' : 'argmin', x, axis, keepdim);
  const values = reduceKernel(kind, x, axes, keepdim, x.dtype);
  const shape = x.shape;
  record(values, kind === 'max' ? 'MaxBackward0' : 'MinBackward0', [x], (g) => {
    if (shape.length === 0) return [g];
    const at = keepdim ? indices : unsqueeze(indices, axis);
    const gk = keepdim ? g : unsqueeze(g, axis);
    return [scatterAddKernel(shape, positionsAlong(shape, axis, at), gk)];
  }, [indices]);
  return { values, indices };
}

/** `torch.max(x, dim)`: values and the index of the first maximum along dim. */
export const maxDim = (x: Tensor, dim: number, keepdim = false): ValuesIndices => extremeAlong('max', x, dim, keepdim);
export const minDim = (x: Tensor, dim: number, keepdim = false): ValuesIndices => extremeAlong('min', x, dim, keepdim);

/** `torch.amax(x, dim)`: maxima without indices; ties share the gradient. */
export function amax(x: Tensor, dim?: Dims, keepdim = false): Tensor {
  const axes = axesOf(x, dim);
  const out = reduceKernel('max', x, axes, keepdim, x.dtype);
  return record(out, 'AmaxBackward0', [x], (g) => [evenlyDistributed(g, x, out, axes, keepdim)], [x, out]);
}

export function amin(x: Tensor, dim?: Dims, keepdim = false): Tensor {
  const axes = axesOf(x, dim);
  const out = reduceKernel('min', x, axes, keepdim, x.dtype);
  return record(out, 'AminBackward0', [x], (g) => [evenlyDistributed(g, x, out, axes, keepdim)], [x, out]);
}

/** Index of the first maximum: of the flattened tensor when dim is null. */
export function argmax(x: Tensor, dim: number | null = null, keepdim = false): Tensor {
  return argExtreme('argmax', x, dim, keepdim);
}

export function argmin(x: Tensor, dim: number | null = null, keepdim = false): Tensor {
  return argExtreme('argmin', x, dim, keepdim);
}

function argExtreme(op: 'argmax' | 'argmin', x: Tensor, dim: number | null, keepdim: boolean): Tensor {
  if (dim === null) {
    checkNonEmpty(x, op);
    const flat = reshape(x.detach(), [x.numel]);
    const out = argReduceKernel(op, flat, 0, false);
    return keepdim ? reshape(out, x.shape.map(() => 1)) : out;
  }
  if (x.ndim === 0) return castKernel(scalarKernel(0, 'int64', x), 'int64');
  const axis = normalizeDim(dim, x.ndim);
  checkDimNonEmpty(x, axis, op);
  return argReduceKernel(op, x, axis, keepdim);
}

/** Variance with Bessel's correction by default (`correction=1`, PyTorch's `unbiased=True`). */
export function variance(x: Tensor, dim?: Dims, correction = 1, keepdim = false): Tensor {
  return record(varianceKernel(x, dim, correction, keepdim), 'VarBackward0', [x], (g) => {
    const axes = axesOf(x, dim);
    const n = countOf(x, axes);
    const centered = sub(x, reduceKernelMean(x, axes));
    return [mul(expandBack(g, x.shape, axes, keepdim), mul(centered, 2 / (n - correction)))];
  }, [x]);
}

export function std(x: Tensor, dim?: Dims, correction = 1, keepdim = false): Tensor {
  const out = unaryKernel('sqrt', varianceKernel(x, dim, correction, keepdim));
  return record(out, 'StdBackward0', [x], (g) => {
    const axes = axesOf(x, dim);
    const n = countOf(x, axes);
    const centered = sub(x, reduceKernelMean(x, axes));
    return [div(mul(expandBack(g, x.shape, axes, keepdim), centered), mul(expandBack(out, x.shape, axes, keepdim), n - correction))];
  }, [x, out]);
}

function reduceKernelMean(x: Tensor, axes: readonly number[]): Tensor {
  const total = reduceKernel('sum', x, axes, true, x.dtype);
  return binaryKernel('div', total, scalarKernel(countOf(x, axes), x.dtype, x));
}

function varianceKernel(x: Tensor, dim: Dims, correction: number, keepdim: boolean): Tensor {
  if (!isFloating(x.dtype)) throw runtimeError('std and var only support floating point and complex dtypes');
  const axes = axesOf(x, dim);
  const n = countOf(x, axes);
  const centered = binaryKernel('sub', x, reduceKernelMean(x, axes));
  const squares = reduceKernel('sum', binaryKernel('mul', centered, centered), axes, keepdim, x.dtype);
  return binaryKernel('div', squares, scalarKernel(Math.max(0, n - correction), x.dtype, x));
}

/** log(sum(exp(x))) along dims, computed stably by shifting with the maximum. */
export function logsumexp(x: Tensor, dim: Dims, keepdim = false): Tensor {
  const axes = axesOf(x, dim);
  const shift = reduceKernel('max', x, axes, true, x.dtype);
  // An all -inf (or +inf) slice would give inf - inf = NaN; shift such slices by 0 instead, as PyTorch does.
  const infinite = unaryKernel('isnan', binaryKernel('sub', shift, shift), 'bool');
  const safeShift = whereKernel(infinite, zerosLikeKernel(shift), shift);
  const summed = reduceKernel('sum', unaryKernel('exp', binaryKernel('sub', x, safeShift)), axes, true, x.dtype);
  let out = binaryKernel('add', unaryKernel('log', summed), safeShift);
  if (!keepdim) out = reshape(out, x.shape.filter((_, i) => !axes.includes(i)));
  return record(out, 'LogsumexpBackward0', [x], (g) => [
    mul(expandBack(g, x.shape, axes, keepdim), exp(sub(x, expandBack(out, x.shape, axes, keepdim)))),
  ], [x, out]);
}

/** The p-norm (p = 2 by default) over dims. */
export function norm(x: Tensor, p = 2, dim?: Dims, keepdim = false): Tensor {
  const axes = axesOf(x, dim);
  const ax = unaryKernel('abs', x);
  const powered = p === 2 ? binaryKernel('mul', ax, ax) : binaryKernel('pow', ax, scalarKernel(p, x.dtype, x));
  const total = reduceKernel('sum', powered, axes, keepdim, x.dtype);
  const out = p === 2 ? unaryKernel('sqrt', total) : binaryKernel('pow', total, scalarKernel(1 / p, x.dtype, x));
  return record(out, 'NormBackward1', [x], (g) => {
    // d‖x‖p/dx = sign(x)·|x|^(p-1) / ‖x‖p^(p-1); zero where the norm is zero.
    const n = expandBack(out, x.shape, axes, keepdim);
    const scale = div(expandBack(g, x.shape, axes, keepdim), binaryKernel('pow', n, scalarKernel(p - 1, x.dtype, x)));
    const direction = mul(unaryKernel('sign', x), binaryKernel('pow', ax, scalarKernel(p - 1, x.dtype, x)));
    const zero = binaryKernel('eq', n, scalarKernel(0, x.dtype, x), 'bool');
    return [whereKernel(zero, zerosLikeKernel(x), mul(scale, direction))];
  }, [x, out], [ax]);
}

export function all(x: Tensor, dim?: number, keepdim = false): Tensor {
  return reduceKernel('all', x, axesOf(x, dim), keepdim, 'bool');
}

export function any(x: Tensor, dim?: number, keepdim = false): Tensor {
  return reduceKernel('any', x, axesOf(x, dim), keepdim, 'bool');
}

/** Inclusive running sum along dim (int and bool inputs give int64). */
export function cumsum(x: Tensor, dim: number): Tensor {
  const axis = normalizeDim(dim, x.ndim);
  const outDtype = isFloating(x.dtype) ? x.dtype : 'int64';
  const src = castKernel(x, outDtype);
  if (x.ndim === 0) return record(unaryKernel('identity', src), 'CumsumBackward0', [x], (g) => [g]);
  const out = Tensor.fromBuffer(src.backend.cumsum(src.view, axis, outDtype), x.shape);
  // The gradient of a running sum is the running sum of the gradient taken from the end.
  return record(out, 'CumsumBackward0', [x], (g) => [flip(cumsum(flip(g, [axis]), axis), [axis])]);
}
