// Elementwise arithmetic with broadcasting and type promotion, each op's forward beside its backward.
// Gradients come back at the broadcast shape; autograd sums them down to each input's shape.

import { noGrad } from '../autograd/grad-mode.ts';
import { record } from '../autograd/record.ts';
import { DEFAULT_FLOAT, isFloating, type DType } from '../dtype.ts';
import { Tensor } from '../tensor.ts';
import { binaryKernel, castKernel, unaryKernel, whereKernel, zerosLikeKernel } from './kernels.ts';
import { promotedType, promotedTypeWith, toTensor, wrappedNumber, type Operand, type Scalar } from './scalar.ts';

/** Both operands cast to their promoted dtype (cast without history: grads are cast back by autograd). */
function promote(a: Operand, b: Operand, floatResult = false): { x: Tensor; y: Tensor; cx: Tensor; cy: Tensor; dtype: DType } {
  // A JS number beside a tensor is made at once in the promoted dtype, on the tensor's device: the same value
  // a cast of the wrapped number would give, without a float64 scalar and a cast per op (optimizer and loss
  // code does this on every step).
  if (a instanceof Tensor !== b instanceof Tensor) {
    const [t, n] = a instanceof Tensor ? [a, b as Scalar] : [b as Tensor, a as Scalar];
    const dtype = numberPromotion(t, n, floatResult);
    const [number, cast] = [wrappedNumber(n, dtype, t), castKernel(t, dtype)];
    return t === a ? { x: a, y: number, cx: cast, cy: number, dtype } : { x: number, y: t, cx: number, cy: cast, dtype };
  }
  const x = toTensor(a);
  const y = toTensor(b);
  let dtype = promotedType(x, y);
  if (floatResult && !isFloating(dtype)) dtype = DEFAULT_FLOAT;
  return { x, y, cx: castKernel(x, dtype), cy: castKernel(y, dtype), dtype };
}

function numberPromotion(t: Tensor, n: Scalar, floatResult: boolean): DType {
  const dtype = promotedTypeWith(t, typeof n === 'boolean' ? 'bool' : 'float64');
  return floatResult && !isFloating(dtype) ? DEFAULT_FLOAT : dtype;
}

/** Tensors a backward closure must keep: `keep[i]` is kept when input `i` of `inputs` requires grad. */
function savedFor(pairs: readonly [Tensor, Tensor][]): Tensor[] {
  return pairs.filter(([input]) => input.requiresGrad).map(([, kept]) => kept);
}

export function add(a: Operand, b: Operand, alpha = 1): Tensor {
  if (alpha !== 1) return add(a, mul(b, alpha));
  const { x, y, cx, cy } = promote(a, b);
  return record(binaryKernel('add', cx, cy), 'AddBackward0', [x, y], (g) => [g, g]);
}

export function sub(a: Operand, b: Operand, alpha = 1): Tensor {
  if (alpha !== 1) return sub(a, mul(b, alpha));
  const { x, y, cx, cy } = promote(a, b);
  return record(binaryKernel('sub', cx, cy), 'SubBackward0', [x, y], (g, needs) => [g, needs[1] ? neg(g) : null]);
}

/** `other - tensor` with a Python number on the left (PyTorch's __rsub__). */
export function rsub(tensor: Tensor, other: Operand): Tensor {
  const { x, y, cx, cy } = promote(tensor, other);
  return record(binaryKernel('sub', cy, cx), 'RsubBackward1', [x, y], (g, needs) => [neg(g), needs[1] ? g : null]);
}

export function mul(a: Operand, b: Operand): Tensor {
  const { x, y, cx, cy } = promote(a, b);
  return record(
    binaryKernel('mul', cx, cy),
    'MulBackward0',
    [x, y],
    (g, needs) => [needs[0] ? mul(g, cy) : null, needs[1] ? mul(g, cx) : null],
    savedFor([
      [x, cy],
      [y, cx],
    ]),
  );
}

/** True division: integer inputs give the default float dtype, as `torch.div` does. */
export function div(a: Operand, b: Operand): Tensor {
  const { x, y, cx, cy } = promote(a, b, true);
  return record(
    binaryKernel('div', cx, cy),
    'DivBackward0',
    [x, y],
    (g, needs) => [needs[0] ? div(g, cy) : null, needs[1] ? neg(div(mul(g, cx), mul(cy, cy))) : null],
    [...(x.requiresGrad || y.requiresGrad ? [cy] : []), ...(y.requiresGrad ? [cx] : [])],
  );
}

/** Division by a number as ATen's C++ code calls it (the Scalar overload, recorded as DivBackward1). */
export function divScalar(a: Tensor, divisor: number): Tensor {
  const out = noGrad(() => div(a, divisor));
  return record(out, 'DivBackward1', [a], (g) => [div(g, divisor)]);
}

/** `other / tensor` with a Python number on the left: PyTorch computes `tensor.reciprocal() * other`. */
export function rdiv(tensor: Tensor, other: Operand): Tensor {
  return mul(reciprocal(tensor), other);
}

export function neg(a: Tensor): Tensor {
  return record(unaryKernel('neg', a), 'NegBackward0', [a], (g) => [neg(g)]);
}

export function reciprocal(a: Tensor): Tensor {
  const x = isFloating(a.dtype) ? a : castKernel(a, DEFAULT_FLOAT);
  const out = unaryKernel('reciprocal', x);
  return record(out, 'ReciprocalBackward0', [a], (g) => [neg(mul(g, mul(out, out)))], [out]);
}

export function pow(base: Operand, exponent: Operand): Tensor {
  const { x, y, cx, cy } = promote(base, exponent);
  const out = binaryKernel('pow', cx, cy);
  if (y.isWrappedNumber || !y.requiresGrad) {
    // PowBackward0: d/dx x^e = e·x^(e-1).
    return record(out, y.isWrappedNumber ? 'PowBackward0' : 'PowBackward1', [x, y], (g) => [mul(mul(g, cy), pow(cx, sub(cy, 1))), null], [cx, cy]);
  }
  // PowBackward1: the exponent is a tensor needing grad too; d/de x^e = x^e·ln x (taken as 0 where x = 0, e ≥ 0).
  return record(
    out,
    'PowBackward1',
    [x, y],
    (g, needs) => [
      needs[0] ? mul(mul(g, cy), pow(cx, sub(cy, 1))) : null,
      needs[1] ? whereKernel(binaryKernel('eq', cx, zerosLikeKernel(cx), 'bool'), zerosLikeKernel(out), mul(mul(g, out), unaryKernel('log', cx))) : null,
    ],
    [cx, cy, out],
  );
}

function minmax(op: 'maximum' | 'minimum', a: Operand, b: Operand): Tensor {
  const { x, y, cx, cy } = promote(a, b);
  const name = op === 'maximum' ? 'MaximumBackward0' : 'MinimumBackward0';
  return record(
    binaryKernel(op, cx, cy),
    name,
    [x, y],
    (g) => {
      // Ties split the gradient in half, as PyTorch does.
      const tie = binaryKernel('eq', cx, cy, 'bool');
      const xWins = binaryKernel(op === 'maximum' ? 'gt' : 'lt', cx, cy, 'bool');
      const half = mul(g, 0.5);
      const zero = zerosLikeKernel(g);
      return [whereKernel(tie, half, whereKernel(xWins, g, zero)), whereKernel(tie, half, whereKernel(xWins, zero, g))];
    },
    [cx, cy],
  );
}

export const maximum = (a: Operand, b: Operand): Tensor => minmax('maximum', a, b);
export const minimum = (a: Operand, b: Operand): Tensor => minmax('minimum', a, b);

/** `a // b`: floor division, with no gradient (PyTorch's is zero). */
export function floorDivide(a: Operand, b: Operand): Tensor {
  const { cx, cy } = promote(a, b);
  return binaryKernel('floordiv', cx, cy);
}

/** `a % b` with Python's sign rule (the result takes the divisor's sign), as torch.remainder. */
export function remainder(a: Operand, b: Operand): Tensor {
  const { x, y, cx, cy } = promote(a, b);
  // PyTorch names the node after the overload: RemainderBackward0 for a Python number, 1 for a tensor.
  const name = y.isWrappedNumber ? 'RemainderBackward0' : 'RemainderBackward1';
  return record(
    binaryKernel('remainder', cx, cy),
    name,
    [x, y],
    (g, needs) => [g, needs[1] ? neg(mul(g, binaryKernel('floordiv', cx, cy))) : null],
    [],
    y.requiresGrad ? [cx, cy] : [],
  );
}

export function atan2(a: Operand, b: Operand): Tensor {
  const { x, y, cx, cy } = promote(a, b, true);
  return record(
    binaryKernel('atan2', cx, cy),
    'Atan2Backward0',
    [x, y],
    (g) => {
      const denom = add(mul(cx, cx), mul(cy, cy));
      return [div(mul(g, cy), denom), div(mul(neg(g), cx), denom)];
    },
    [cx, cy],
  );
}
