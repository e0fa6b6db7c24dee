// Loss functions (torch.nn.functional), each one recorded node named as PyTorch names it. Formulas follow
// ATen's float arithmetic where that decides the last bits (BCE-with-logits' log-sum-exp form).

import { record } from '../autograd/record.ts';
import { DEFAULT_FLOAT, isFloating, promoteTypes, scalarTypeName } from '../dtype.ts';
import { runtimeError, valueError } from '../errors.ts';
import { sameShape } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { warn } from '../warnings.ts';
import { add, div, divScalar, mul, neg, sub } from './arithmetic.ts';
import { logSoftmax } from './activation.ts';
import { binaryKernel, broadcastView, castKernel, reduceKernel, scalarKernel, unaryKernel, whereKernel } from './kernels.ts';
import { positionsAlong, scatterAddKernel, takeKernel } from './positions.ts';
import { mean, sum } from './reduce.ts';
import { abs } from './unary.ts';
import { squeeze, unsqueeze } from './views.ts';

export type Reduction = 'mean' | 'sum' | 'none';

const torchSize = (shape: readonly number[]): string => `torch.Size([${shape.join(', ')}])`;
const k = (v: number, like: Tensor): Tensor => scalarKernel(v, like.dtype, like);

/** Reduces elementwise losses, forward only; the caller records the backward. */
function reduceLoss(loss: Tensor, reduction: Reduction): Tensor {
  if (reduction === 'none') return loss;
  const total = reduceKernel('sum', loss, loss.shape.map((_, i) => i), false, loss.dtype);
  return reduction === 'sum' ? total : binaryKernel('div', total, k(loss.numel, loss));
}

/** The loss gradient's upstream factor, expanded to the input's shape (divided by N for 'mean'). */
function upstream(g: Tensor, input: Tensor, reduction: Reduction): Tensor {
  if (reduction === 'none') return g;
  const spread = broadcastView(g, input.shape);
  return reduction === 'mean' ? div(spread, input.numel) : spread;
}

function floatPair(input: Tensor, target: Tensor): [Tensor, Tensor] {
  let dtype = promoteTypes(input.dtype, target.dtype);
  if (!isFloating(dtype)) dtype = DEFAULT_FLOAT;
  return [castKernel(input, dtype), castKernel(target, dtype)];
}

export function mseLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    warn(
      'UserWarning',
      `Using a target size (${torchSize(target.shape)}) that is different to the input size (${torchSize(input.shape)}). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.`,
    );
  }
  const [x, y] = floatPair(input, target);
  const diff = binaryKernel('sub', x, y);
  const out = reduceLoss(binaryKernel('mul', diff, diff), reduction);
  return record(out, 'MseLossBackward0', [input, target], (g, needs) => {
    const grad = mul(upstream(g, diff, reduction), mul(diff, 2));
    return [grad, needs[1] ? neg(grad) : null];
  }, [x, y], [diff]);
}

/** L1 loss, composed as PyTorch composes it: |input − target| then the reduction. */
export function l1Loss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  const loss = abs(sub(input, target));
  return reduction === 'none' ? loss : reduction === 'sum' ? sum(loss) : mean(loss);
}

/** Huber loss; with beta = delta it is smooth_l1 scaled, as PyTorch defines them. */
export function smoothL1Loss(input: Tensor, target: Tensor, reduction: Reduction = 'mean', beta = 1): Tensor {
  const [x, y] = floatPair(input, target);
  const diff = binaryKernel('sub', x, y);
  const ad = unaryKernel('abs', diff);
  const small = binaryKernel('lt', ad, k(beta, ad), 'bool');
  const quadratic = binaryKernel('div', binaryKernel('mul', k(0.5, ad), binaryKernel('mul', diff, diff)), k(beta, ad));
  const linear = binaryKernel('sub', ad, k(0.5 * beta, ad));
  const out = reduceLoss(whereKernel(small, quadratic, linear), reduction);
  return record(out, 'SmoothL1LossBackward0', [input, target], (g, needs) => {
    const slope = whereKernel(small, div(diff, beta), unaryKernel('sign', diff));
    const grad = mul(upstream(g, diff, reduction), slope);
    return [grad, needs[1] ? neg(grad) : null];
  }, [x, y], [small, diff]);
}

/** Huber loss: quadratic below `delta`, linear (slope delta) above. */
export function huberLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean', delta = 1): Tensor {
  const [x, y] = floatPair(input, target);
  const diff = binaryKernel('sub', x, y);
  const ad = unaryKernel('abs', diff);
  const small = binaryKernel('lt', ad, k(delta, ad), 'bool');
  const quadratic = binaryKernel('mul', k(0.5, ad), binaryKernel('mul', diff, diff));
  const linear = binaryKernel('mul', k(delta, ad), binaryKernel('sub', ad, k(0.5 * delta, ad)));
  const out = reduceLoss(whereKernel(small, quadratic, linear), reduction);
  return record(out, 'HuberLossBackward0', [input, target], (g, needs) => {
    const slope = whereKernel(small, diff, mul(unaryKernel('sign', diff), delta));
    const grad = mul(upstream(g, diff, reduction), slope);
    return [grad, needs[1] ? neg(grad) : null];
  }, [x, y], [small, diff]);
}


/** BCE on probabilities; PyTorch clamps each log at -100 so that p = 0 or 1 gives a finite loss. */
export function binaryCrossEntropy(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw valueError(
      `Using a target size (${torchSize(target.shape)}) that is different to the input size (${torchSize(input.shape)}) is deprecated. Please ensure they have the same size.`,
    );
  }
  const [p, y] = floatPair(input, target);
  const clampedLog = (t: Tensor): Tensor => binaryKernel('maximum', unaryKernel('log', t), k(-100, t));
  const logP = clampedLog(p);
  const log1mP = clampedLog(binaryKernel('sub', k(1, p), p));
  const loss = binaryKernel('sub', binaryKernel('mul', binaryKernel('sub', y, k(1, y)), log1mP), binaryKernel('mul', y, logP));
  const out = reduceLoss(loss, reduction);
  return record(out, 'BinaryCrossEntropyBackward0', [input, target], (g) => {
    const denom = binaryKernel('maximum', binaryKernel('mul', binaryKernel('sub', k(1, p), p), p), k(1e-12, p));
    return [div(mul(upstream(g, p, reduction), sub(p, y)), denom), null];
  }, [p, y]);
}

/** BCE on logits, in ATen's stable form: (1 − y)·x + m + log(e^(−m) + e^(−x−m)) with m = max(−x, 0). */
export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, reduction: Reduction = 'mean', posWeight: Tensor | null = null): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw valueError(`Target size (${torchSize(target.shape)}) must be the same as input size (${torchSize(input.shape)})`);
  }
  const [x, y] = floatPair(input, target);
  const m = binaryKernel('maximum', unaryKernel('neg', x), k(0, x));
  const logTerm = unaryKernel(
    'log',
    binaryKernel('add', unaryKernel('exp', unaryKernel('neg', m)), unaryKernel('exp', binaryKernel('sub', unaryKernel('neg', x), m))),
  );
  let loss: Tensor;
  let pw: Tensor | null = null;
  if (posWeight === null) {
    loss = binaryKernel('add', binaryKernel('add', binaryKernel('mul', binaryKernel('sub', k(1, y), y), x), m), logTerm);
  } else {
    // log_weight = (pos_weight − 1)·y + 1 multiplies the log-sigmoid part.
    pw = castKernel(posWeight, x.dtype);
    const logWeight = binaryKernel('add', binaryKernel('mul', binaryKernel('sub', pw, k(1, y)), y), k(1, y));
    loss = binaryKernel('add', binaryKernel('mul', binaryKernel('sub', k(1, y), y), x), binaryKernel('mul', logWeight, binaryKernel('add', logTerm, m)));
  }
  const out = reduceLoss(loss, reduction);
  return record(out, 'BinaryCrossEntropyWithLogitsBackward0', [input, target], (g, needs) => {
    const s = unaryKernel('sigmoid', x);
    // d/dx = σ(x) − y, or with pos_weight: log_weight·σ(x) − pos_weight·y.
    const dx = pw === null ? sub(s, y) : sub(mul(add(mul(sub(pw, 1), y), 1), s), mul(pw, y));
    const up = upstream(g, x, reduction);
    return [mul(up, dx), needs[1] ? mul(up, neg(x)) : null];
  }, [x, y], pw === null ? [] : [pw]);
}

/** Negative log-likelihood of class indices. input is (N, C) or (C,), or (N, C, d1, ...) with target (N, d1, ...). */
export function nllLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean', ignoreIndex = -100, weight: Tensor | null = null): Tensor {
  const batched = input.ndim >= 2;
  const classDim = batched ? 1 : 0;
  const classes = input.shape[classDim];
  // PyTorch's checks, in its order: batch sizes, then the target's rank, then its dtype.
  if (batched && input.shape[0] !== target.shape[0]) {
    throw valueError(`Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0]}).`);
  }
  if (input.ndim <= 2 && target.ndim > 1) throw runtimeError('0D or 1D target tensor expected, multi-target not supported');
  if (target.dtype !== 'int64') throw runtimeError(`expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  const keep = binaryKernel('ne', target, scalarKernel(ignoreIndex, 'int64', target), 'bool');
  const safeTarget = whereKernel(keep, target, scalarKernel(0, 'int64', target));
  const checked = Tensor.fromBuffer(
    target.backend.checkIndex(safeTarget.view, classes, { wrapNegative: false, message: (t) => `Target ${t} is out of bounds.` }),
    target.shape,
  );
  const positions = positionsAlong(input.shape, classDim, unsqueeze(checked, classDim));
  const picked = squeeze(takeKernel(input, positions), classDim);
  let w = castKernel(keep, input.dtype);
  if (weight !== null) w = binaryKernel('mul', w, takeKernel(castKernel(weight, input.dtype), checked));
  const losses = binaryKernel('mul', unaryKernel('neg', picked), w);
  let out: Tensor;
  let denominator: Tensor | null = null;
  if (reduction === 'none') out = losses;
  else {
    const total = reduceKernel('sum', losses, losses.shape.map((_, i) => i), false, losses.dtype);
    if (reduction === 'sum') out = total;
    else {
      denominator = reduceKernel('sum', w, w.shape.map((_, i) => i), false, w.dtype);
      out = binaryKernel('div', total, denominator);
    }
  }
  const inputShape = input.shape;
  // PyTorch routes inputs with spatial dims through nll_loss2d (and a view for reduction='none').
  const name = input.ndim < 3 ? 'NllLossBackward0' : reduction === 'none' && input.ndim !== 4 ? 'ViewBackward0' : 'NllLoss2DBackward0';
  return record(out, name, [input, null], (g) => {
    let up = reduction === 'none' ? g : broadcastView(g, w.shape);
    if (denominator !== null) up = div(up, denominator);
    const perElement = mul(neg(up), w);
    return [scatterAddKernel(inputShape, positions, unsqueeze(perElement, classDim)), null];
  }, [positions], denominator === null ? [w] : [w, denominator]);
}

/**
 * Cross-entropy of logits: log_softmax over the class dim, then NLL for class-index targets, or
 * −Σ target·log_softmax for class-probability targets. Label smoothing mixes in the uniform distribution.
 */
export function crossEntropy(input: Tensor, target: Tensor, reduction: Reduction = 'mean', ignoreIndex = -100, labelSmoothing = 0): Tensor {
  const classDim = input.ndim >= 2 ? 1 : 0;
  const logp = logSoftmax(input, classDim);
  const classes = input.shape[classDim];
  // Targets shaped like the input are class probabilities; anything else is class indices.
  if (sameShape(input.shape, target.shape)) {
    if (!isFloating(target.dtype)) throw runtimeError(`Expected floating point type for target with class probabilities, got ${scalarTypeName(target.dtype)}`);
    if (ignoreIndex >= 0) throw runtimeError('ignore_index is not supported for floating point target');
    const smoothed = labelSmoothing > 0 ? add(mul(target, 1 - labelSmoothing), labelSmoothing / classes) : target;
    const perSample = neg(sum(mul(logp, smoothed), classDim));
    if (reduction === 'none') return perSample;
    if (reduction === 'sum') return sum(perSample);
    return divScalar(sum(perSample), input.ndim >= 2 ? input.numel / classes : 1);
  }
  const nll = nllLoss(logp, target, reduction, ignoreIndex);
  if (labelSmoothing <= 0) return nll;
  // PyTorch: (1 − ε)·nll + ε/C · Σ_c −log p_c over non-ignored samples.
  const keep = castKernel(binaryKernel('ne', target, scalarKernel(ignoreIndex, 'int64', target), 'bool'), logp.dtype);
  const smooth = mul(neg(sum(logp, classDim)), keep);
  let smoothLoss: Tensor;
  if (reduction === 'none') smoothLoss = smooth;
  else if (reduction === 'sum') smoothLoss = sum(smooth);
  else smoothLoss = div(sum(smooth), reduceKernel('sum', keep, keep.shape.map((_, i) => i), false, keep.dtype));
  return add(mul(nll, 1 - labelSmoothing), mul(smoothLoss, labelSmoothing / classes));
}
