// The operations PyTorch offers both ways, `torch.sigmoid(t)` and `t.sigmoid()`: one definition each, with the
// tensor as the first parameter, installed on torch.Tensor and on the torch module alike.

import * as activation from '../../../engine/ops/activation.ts';
import * as arithmetic from '../../../engine/ops/arithmetic.ts';
import * as compare from '../../../engine/ops/compare.ts';
import * as matmul from '../../../engine/ops/matmul.ts';
import * as reduce from '../../../engine/ops/reduce.ts';
import type { Operand } from '../../../engine/ops/scalar.ts';
import * as unary from '../../../engine/ops/unary.ts';
import * as views from '../../../engine/ops/views.ts';
import type { Tensor } from '../../../engine/tensor.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool } from '../../objects/int.ts';
import type { PyBuiltinFunction } from '../../objects/function.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { asDims, flag, indexOr, numberOr, optionalNumber } from './args.ts';
import { asDType } from './dtypes.ts';
import { toOperand } from './operands.ts';
import { PyTensor, tensorOf, wrap } from './pyTensor.ts';
import { valuesIndices } from './returnTypes.ts';

function operand(obj: PyObject | undefined, what: string): Operand {
  const o = obj === undefined ? null : toOperand(obj);
  if (o === null) throw pyError(PyExc.TypeError, `${what} must be Tensor or a number, not ${obj?.type.name ?? 'None'}`);
  return o;
}

const unaryOp = (f: (t: Tensor) => Tensor) =>
  method(['input'], (_ctx, [input]) => wrap(engine(() => f(tensorOf(input, 'input')))));

const binaryOp = (f: (a: Operand, b: Operand) => Tensor) =>
  method(['input', 'other'], (_ctx, [input, other]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), operand(other, 'other')))),
  );

/** sum/mean-style reductions: (dim=None, keepdim=False, *, dtype=None). */
const reduction = (f: (t: Tensor, dims: reduce.Dims, keepdim: boolean, dtype?: Tensor['dtype']) => Tensor) =>
  method(['input', 'dim?', 'keepdim?', '*', 'dtype?'], (_ctx, [input, dim, keepdim, , dtype]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false), given(dtype) ? asDType(dtype) : undefined))),
  );

/** max/min: the whole tensor, (values, indices) along `dim`, or elementwise against another tensor. */
const extreme = (kind: 'max' | 'min') =>
  method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) => {
    const t = tensorOf(input, 'input');
    if (!given(dim)) return wrap(engine(() => reduce[kind](t)));
    if (dim instanceof PyTensor) {
      const other = dim.tensor;
      return wrap(engine(() => (kind === 'max' ? arithmetic.maximum : arithmetic.minimum)(t, other)));
    }
    const along = kind === 'max' ? reduce.maxDim : reduce.minDim;
    return valuesIndices(kind, engine(() => along(t, asIndex(dim), flag(keepdim, false))));
  });

/** std/var: (dim=None, unbiased=True, keepdim=False, *, correction=None). */
const spread = (f: typeof reduce.std) =>
  method(['input', 'dim?', 'unbiased?', 'keepdim?', '*', 'correction?'], (_ctx, [input, dim, unbiased, keepdim, , correction]) => {
    const c = given(correction) ? numberOr(correction, 1) : flag(unbiased, true) ? 1 : 0;
    return wrap(engine(() => f(tensorOf(input, 'input'), asDims(dim), c, flag(keepdim, false))));
  });

const argExtreme = (f: typeof reduce.argmax) =>
  method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : null, flag(keepdim, false)))),
  );

/** A fresh table each call, so torch.X and Tensor.X are distinct function objects with their own names. */
export function tensorFunctions(): Record<string, PyBuiltinFunction> {
  return {
    abs: unaryOp(unary.abs),
    exp: unaryOp(unary.exp),
    log: unaryOp(unary.log),
    log1p: unaryOp(unary.log1p),
    expm1: unaryOp(unary.expm1),
    sqrt: unaryOp(unary.sqrt),
    rsqrt: unaryOp(unary.rsqrt),
    sin: unaryOp(unary.sin),
    cos: unaryOp(unary.cos),
    tanh: unaryOp(unary.tanh),
    sigmoid: unaryOp(unary.sigmoid),
    relu: unaryOp(unary.relu),
    erf: unaryOp(unary.erf),
    floor: unaryOp(unary.floor),
    ceil: unaryOp(unary.ceil),
    trunc: unaryOp(unary.trunc),
    sign: unaryOp(unary.sign),
    square: unaryOp(unary.square),
    neg: unaryOp(arithmetic.neg),
    negative: unaryOp(arithmetic.neg),
    reciprocal: unaryOp(arithmetic.reciprocal),
    isnan: unaryOp(compare.isnan),
    logical_not: unaryOp(compare.logicalNot),
    round: method(['input', '*', 'decimals?'], (_ctx, [input, , decimals]) =>
      wrap(engine(() => unary.round(tensorOf(input, 'input'), indexOr(decimals, 0)))),
    ),

    add: method(['input', 'other', '*', 'alpha?'], (_ctx, [input, other, , alpha]) =>
      wrap(engine(() => arithmetic.add(tensorOf(input, 'input'), operand(other, 'other'), numberOr(alpha, 1)))),
    ),
    sub: method(['input', 'other', '*', 'alpha?'], (_ctx, [input, other, , alpha]) =>
      wrap(engine(() => arithmetic.sub(tensorOf(input, 'input'), operand(other, 'other'), numberOr(alpha, 1)))),
    ),
    mul: binaryOp(arithmetic.mul),
    multiply: binaryOp(arithmetic.mul),
    div: binaryOp(arithmetic.div),
    divide: binaryOp(arithmetic.div),
    true_divide: binaryOp(arithmetic.div),
    pow: method(['input', 'exponent'], (_ctx, [input, exponent]) =>
      wrap(engine(() => arithmetic.pow(tensorOf(input, 'input'), operand(exponent, 'exponent')))),
    ),
    maximum: binaryOp(arithmetic.maximum),
    minimum: binaryOp(arithmetic.minimum),
    remainder: binaryOp(arithmetic.remainder),
    floor_divide: binaryOp(arithmetic.floorDivide),
    eq: binaryOp(compare.eq),
    ne: binaryOp(compare.ne),
    lt: binaryOp(compare.lt),
    le: binaryOp(compare.le),
    gt: binaryOp(compare.gt),
    ge: binaryOp(compare.ge),
    logical_and: binaryOp(compare.logicalAnd),
    logical_or: binaryOp(compare.logicalOr),
    matmul: method(['input', 'other'], (_ctx, [input, other]) =>
      wrap(engine(() => matmul.matmul(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
    mm: method(['input', 'mat2'], (_ctx, [input, mat2]) =>
      wrap(engine(() => matmul.mm(tensorOf(input, 'input'), tensorOf(mat2, 'mat2')))),
    ),
    dot: method(['input', 'other'], (_ctx, [input, other]) =>
      wrap(engine(() => matmul.dot(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
    clamp: method(['input', 'min?', 'max?'], (_ctx, [input, min, max]) =>
      wrap(engine(() => compare.clamp(tensorOf(input, 'input'), optionalNumber(min), optionalNumber(max)))),
    ),
    clip: method(['input', 'min?', 'max?'], (_ctx, [input, min, max]) =>
      wrap(engine(() => compare.clamp(tensorOf(input, 'input'), optionalNumber(min), optionalNumber(max)))),
    ),

    sum: reduction(reduce.sum),
    mean: reduction(reduce.mean),
    prod: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.prod(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    max: extreme('max'),
    min: extreme('min'),
    amax: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.amax(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    amin: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.amin(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    argmax: argExtreme(reduce.argmax),
    argmin: argExtreme(reduce.argmin),
    std: spread(reduce.std),
    var: spread(reduce.variance),
    logsumexp: method(['input', 'dim', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.logsumexp(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    norm: method(['input', 'p?', 'dim?', 'keepdim?'], (_ctx, [input, p, dim, keepdim]) =>
      wrap(engine(() => reduce.norm(tensorOf(input, 'input'), numberOr(p, 2), asDims(dim), flag(keepdim, false)))),
    ),
    all: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.all(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    any: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => reduce.any(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => activation.softmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    log_softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => activation.logSoftmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),

    flatten: method(['input', 'start_dim?', 'end_dim?'], (_ctx, [input, start, end]) =>
      wrap(engine(() => views.flatten(tensorOf(input, 'input'), indexOr(start, 0), indexOr(end, -1)))),
    ),
    squeeze: method(['input', 'dim?'], (_ctx, [input, dim]) =>
      wrap(engine(() => views.squeeze(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined))),
    ),
    unsqueeze: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => views.unsqueeze(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    transpose: method(['input', 'dim0', 'dim1'], (_ctx, [input, dim0, dim1]) =>
      wrap(engine(() => views.transpose(tensorOf(input, 'input'), asIndex(dim0), asIndex(dim1)))),
    ),
    t: unaryOp(views.t),
    detach: unaryOp((t) => t.detach()),
    clone: unaryOp(views.clone),

    allclose: method(['input', 'other', 'rtol?', 'atol?'], async (_ctx, [input, other, rtol, atol]) =>
      pyBool(
        await engineAsync(() =>
          compare.allclose(tensorOf(input, 'input'), tensorOf(other, 'other'), numberOr(rtol, 1e-5), numberOr(atol, 1e-8)),
        ),
      ),
    ),
    equal: method(['input', 'other'], async (_ctx, [input, other]) =>
      pyBool(await engineAsync(() => compare.equal(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
  };
}
