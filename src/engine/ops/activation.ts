// Activation functions and softmax, each recorded as one node named as in PyTorch (LogSoftmaxBackward0...).
// Forwards are composed from primitives without history (softmax is a primitive of its own: one kernel instead
// of six); the backward is written out beside each.

import { record } from '../autograd/record.ts';
import { DEFAULT_FLOAT, isFloating } from '../dtype.ts';
import { normalizeDim } from '../shape.ts';
import { Tensor } from '../tensor.ts';
import { add, mul, sub } from './arithmetic.ts';
import { binaryKernel, castKernel, scalarKernel, unaryKernel, whereKernel } from './kernels.ts';
import { sum } from './reduce.ts';
import { exp } from './unary.ts';

const asFloat = (x: Tensor): Tensor => (isFloating(x.dtype) ? x : castKernel(x, DEFAULT_FLOAT));
const k = (v: number, like: Tensor): Tensor => scalarKernel(v, like.dtype, like);

/**
 * softmax (log_softmax when `log`) along `axis` as one backend kernel: rows shifted by their maximum, as PyTorch
 * does, so exp() cannot overflow. A 0-d tensor is a row of one.
 */
function softmaxKernel(x: Tensor, axis: number, log: boolean): Tensor {
  const view = x.ndim === 0 ? { ...x.view, shape: [1], strides: [1] } : x.view;
  return Tensor.fromBuffer(x.backend.softmax(view, x.ndim === 0 ? 0 : axis, log, x.dtype), x.shape);
}

export function softmax(x: Tensor, dim: number): Tensor {
  const fx = asFloat(x);
  const axis = normalizeDim(dim, fx.ndim);
  const out = softmaxKernel(fx, axis, false);
  return record(out, 'SoftmaxBackward0', [x], (g) => [mul(out, sub(g, sum(mul(g, out), axis, true)))], [out]);
}

export function logSoftmax(x: Tensor, dim: number): Tensor {
  const fx = asFloat(x);
  const axis = normalizeDim(dim, fx.ndim);
  const out = softmaxKernel(fx, axis, true);
  if (fx.ndim === 0) return record(out, 'LogSoftmaxBackward0', [x], (g) => [sub(g, g)]);
  return record(out, 'LogSoftmaxBackward0', [x], (g) => [sub(g, mul(exp(out), sum(g, axis, true)))], [out]);
}

export function leakyRelu(x: Tensor, negativeSlope = 0.01): Tensor {
  const positive = binaryKernel('gt', x, k(0, x), 'bool');
  const out = whereKernel(positive, x, binaryKernel('mul', x, k(negativeSlope, x)));
  return record(out, 'LeakyReluBackward0', [x], (g) => [whereKernel(positive, g, mul(g, negativeSlope))], [x], [positive]);
}

export function elu(x: Tensor, alpha = 1): Tensor {
  const positive = binaryKernel('gt', x, k(0, x), 'bool');
  const out = whereKernel(positive, x, binaryKernel('mul', unaryKernel('expm1', x), k(alpha, x)));
  return record(out, 'EluBackward0', [x], (g) => [whereKernel(positive, g, mul(g, add(out, alpha)))], [out], [positive]);
}

/** GELU, exact (erf) by default or with PyTorch's tanh approximation. */
export function gelu(x: Tensor, approximate: 'none' | 'tanh' = 'none'): Tensor {
  const fx = asFloat(x);
  if (approximate === 'tanh') {
    // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
    const c = Math.sqrt(2 / Math.PI);
    const inner = binaryKernel('mul', binaryKernel('add', fx, binaryKernel('mul', k(0.044715, fx), binaryKernel('mul', fx, binaryKernel('mul', fx, fx)))), k(c, fx));
    const th = unaryKernel('tanh', inner);
    const out = binaryKernel('mul', binaryKernel('mul', fx, k(0.5, fx)), binaryKernel('add', th, k(1, fx)));
    return record(out, 'GeluBackward0', [x], (g) => {
      const dInner = mul(add(mul(mul(fx, fx), 3 * 0.044715), 1), c);
      const left = mul(add(th, 1), 0.5);
      const right = mul(mul(mul(fx, 0.5), sub(1, mul(th, th))), dInner);
      return [mul(g, add(left, right))];
    }, [fx], [th]);
  }
  const cdf = binaryKernel('mul', binaryKernel('add', unaryKernel('erf', binaryKernel('mul', fx, k(Math.SQRT1_2, fx))), k(1, fx)), k(0.5, fx));
  const out = binaryKernel('mul', fx, cdf);
  return record(out, 'GeluBackward0', [x], (g) => {
    const pdf = mul(exp(mul(mul(fx, fx), -0.5)), 1 / Math.sqrt(2 * Math.PI));
    return [mul(g, add(cdf, mul(fx, pdf)))];
  }, [fx], [cdf]);
}

/** softplus(x) = log(1 + exp(βx))/β, linear above βx > threshold (as PyTorch). */
export function softplus(x: Tensor, beta = 1, threshold = 20): Tensor {
  const fx = asFloat(x);
  const bx = binaryKernel('mul', fx, k(beta, fx));
  const linear = binaryKernel('gt', bx, k(threshold, fx), 'bool');
  const out = whereKernel(linear, fx, binaryKernel('div', unaryKernel('log1p', unaryKernel('exp', bx)), k(beta, fx)));
  return record(out, 'SoftplusBackward0', [x], (g) => [whereKernel(linear, g, mul(g, unaryKernel('sigmoid', bx)))], [fx], [linear, bx]);
}

export function silu(x: Tensor): Tensor {
  const fx = asFloat(x);
  const s = unaryKernel('sigmoid', fx);
  const out = binaryKernel('mul', fx, s);
  return record(out, 'SiluBackward0', [x], (g) => [mul(g, mul(s, add(mul(fx, sub(1, s)), 1)))], [fx], [s]);
}

export function hardtanh(x: Tensor, minVal = -1, maxVal = 1): Tensor {
  const out = binaryKernel('minimum', binaryKernel('maximum', x, k(minVal, x)), k(maxVal, x));
  const inside = binaryKernel('and', binaryKernel('gt', x, k(minVal, x), 'bool'), binaryKernel('lt', x, k(maxVal, x), 'bool'), 'bool');
  return record(out, 'HardtanhBackward0', [x], (g) => [whereKernel(inside, g, mul(g, 0))], [x], [inside]);
}

export const relu6 = (x: Tensor): Tensor => hardtanh(x, 0, 6);
