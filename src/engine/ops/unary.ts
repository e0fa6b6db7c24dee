// Elementwise functions of one tensor, forward beside backward. Floating functions (exp, log, sigmoid...) turn
// integer input into the default float dtype, as PyTorch does.

import { noGrad } from '../autograd/grad-mode.ts';
import { record } from '../autograd/record.ts';
import type { UnaryOp } from '../backends/backend.ts';
import { DEFAULT_FLOAT, isFloating } from '../dtype.ts';
import type { Tensor } from '../tensor.ts';
import { add, div, mul, neg, pow, sub } from './arithmetic.ts';
import { castKernel, unaryKernel, zerosLikeKernel } from './kernels.ts';
import { pyScalar } from './scalar.ts';

const asFloat = (x: Tensor): Tensor => (isFloating(x.dtype) ? x : castKernel(x, DEFAULT_FLOAT));

export function exp(x: Tensor): Tensor {
  const out = unaryKernel('exp', asFloat(x));
  return record(out, 'ExpBackward0', [x], (g) => [mul(g, out)], [out]);
}

export function log(x: Tensor): Tensor {
  const fx = asFloat(x);
  return record(unaryKernel('log', fx), 'LogBackward0', [x], (g) => [div(g, fx)], [fx]);
}

export function log1p(x: Tensor): Tensor {
  const fx = asFloat(x);
  return record(unaryKernel('log1p', fx), 'Log1PBackward0', [x], (g) => [div(g, add(fx, 1))], [fx]);
}

export function expm1(x: Tensor): Tensor {
  const out = unaryKernel('expm1', asFloat(x));
  return record(out, 'Expm1Backward0', [x], (g) => [mul(g, add(out, 1))], [out]);
}

export function sqrt(x: Tensor): Tensor {
  const out = unaryKernel('sqrt', asFloat(x));
  return record(out, 'SqrtBackward0', [x], (g) => [div(g, mul(out, 2))], [out]);
}

export function rsqrt(x: Tensor): Tensor {
  const out = unaryKernel('rsqrt', asFloat(x));
  return record(out, 'RsqrtBackward0', [x], (g) => [mul(mul(g, -0.5), mul(out, mul(out, out)))], [out]);
}

export function abs(x: Tensor): Tensor {
  return record(unaryKernel('abs', x), 'AbsBackward0', [x], (g) => [mul(g, unaryKernel('sign', x))], [x]);
}

export function sin(x: Tensor): Tensor {
  const fx = asFloat(x);
  return record(unaryKernel('sin', fx), 'SinBackward0', [x], (g) => [mul(g, unaryKernel('cos', fx))], [fx]);
}

export function cos(x: Tensor): Tensor {
  const fx = asFloat(x);
  return record(unaryKernel('cos', fx), 'CosBackward0', [x], (g) => [neg(mul(g, unaryKernel('sin', fx)))], [fx]);
}

export function tanh(x: Tensor): Tensor {
  const out = unaryKernel('tanh', asFloat(x));
  return record(out, 'TanhBackward0', [x], (g) => [mul(g, sub(1, mul(out, out)))], [out]);
}

export function sigmoid(x: Tensor): Tensor {
  const out = unaryKernel('sigmoid', asFloat(x));
  return record(out, 'SigmoidBackward0', [x], (g) => [mul(g, mul(out, sub(1, out)))], [out]);
}

export function relu(x: Tensor): Tensor {
  const out = unaryKernel('relu', x);
  return record(out, 'ReluBackward0', [x], (g) => [mul(g, unaryKernel('sign', out))], [out]);
}

export function erf(x: Tensor): Tensor {
  const fx = asFloat(x);
  return record(unaryKernel('erf', fx), 'ErfBackward0', [x], (g) => [
    mul(g, mul(unaryKernel('exp', neg(mul(fx, fx))), 2 / Math.sqrt(Math.PI))),
  ], [fx]);
}

// Piecewise-constant functions: their gradient is zero everywhere it exists, and PyTorch still records them.
function stepFunction(op: UnaryOp, name: string) {
  return (x: Tensor): Tensor => record(unaryKernel(op, x), name, [x], (g) => [zerosLikeKernel(g)]);
}

const roundHalfEven = stepFunction('round', 'RoundBackward0');

/** `torch.round(x, decimals=d)`: half to even, at `d` decimal places when given (scaled by 10^d, as PyTorch). */
export function round(x: Tensor, decimals = 0): Tensor {
  if (decimals === 0) return roundHalfEven(x);
  const scale = 10 ** Math.abs(decimals);
  const out = noGrad(() => (decimals > 0 ? div(roundHalfEven(mul(x, scale)), scale) : mul(roundHalfEven(div(x, scale)), scale)));
  return record(out, 'RoundBackward1', [x], (g) => [zerosLikeKernel(g)]);
}
export const floor = stepFunction('floor', 'FloorBackward0');
export const ceil = stepFunction('ceil', 'CeilBackward0');
export const trunc = stepFunction('trunc', 'TruncBackward0');
export const sign = stepFunction('sign', 'SignBackward0');

/** `torch.square`, which PyTorch computes as `x ** 2` with an integer 2 (PowBackward0; int stays int). */
export function square(x: Tensor): Tensor {
  return pow(x, pyScalar(2, 'int'));
}
