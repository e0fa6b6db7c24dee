// The operations PyTorch offers both ways, `torch.sigmoid(t)` and `t.sigmoid()`: one definition each, with the
// tensor as the first parameter, installed on torch.Tensor and on the torch module alike.

import * as E from '../../../engine/index.ts';
import type { Operand, Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool } from '../../objects/int.ts';
import type { PyBuiltinFunction } from '../../objects/function.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { asDims, asShape, flag, indexOr, numberOr, optionalNumber } from './args.ts';
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
const reduction = (f: (t: Tensor, dims: E.Dims, keepdim: boolean, dtype?: Tensor['dtype']) => Tensor) =>
  method(['input', 'dim?', 'keepdim?', '*', 'dtype?'], (_ctx, [input, dim, keepdim, , dtype]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false), given(dtype) ? asDType(dtype) : undefined))),
  );

/** max/min: the whole tensor, (values, indices) along `dim`, or elementwise against another tensor. */
const extreme = (kind: 'max' | 'min') =>
  method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) => {
    const t = tensorOf(input, 'input');
    if (!given(dim)) return wrap(engine(() => E[kind](t)));
    if (dim instanceof PyTensor) {
      const other = dim.tensor;
      return wrap(engine(() => (kind === 'max' ? E.maximum : E.minimum)(t, other)));
    }
    const along = kind === 'max' ? E.maxDim : E.minDim;
    return valuesIndices(kind, engine(() => along(t, asIndex(dim), flag(keepdim, false))));
  });

/** std/var: (dim=None, unbiased=True, keepdim=False, *, correction=None). */
const spread = (f: typeof E.std) =>
  method(['input', 'dim?', 'unbiased?', 'keepdim?', '*', 'correction?'], (_ctx, [input, dim, unbiased, keepdim, , correction]) => {
    const c = given(correction) ? numberOr(correction, 1) : flag(unbiased, true) ? 1 : 0;
    return wrap(engine(() => f(tensorOf(input, 'input'), asDims(dim), c, flag(keepdim, false))));
  });

const argExtreme = (f: typeof E.argmax) =>
  method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
    wrap(engine(() => f(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : null, flag(keepdim, false)))),
  );

/** A fresh table each call, so torch.X and Tensor.X are distinct function objects with their own names. */
export function tensorFunctions(): Record<string, PyBuiltinFunction> {
  return {
    abs: unaryOp(E.abs),
    exp: unaryOp(E.exp),
    log: unaryOp(E.log),
    log1p: unaryOp(E.log1p),
    expm1: unaryOp(E.expm1),
    sqrt: unaryOp(E.sqrt),
    rsqrt: unaryOp(E.rsqrt),
    sin: unaryOp(E.sin),
    cos: unaryOp(E.cos),
    tanh: unaryOp(E.tanh),
    sigmoid: unaryOp(E.sigmoid),
    relu: unaryOp(E.relu),
    erf: unaryOp(E.erf),
    floor: unaryOp(E.floor),
    ceil: unaryOp(E.ceil),
    trunc: unaryOp(E.trunc),
    sign: unaryOp(E.sign),
    square: unaryOp(E.square),
    neg: unaryOp(E.neg),
    negative: unaryOp(E.neg),
    reciprocal: unaryOp(E.reciprocal),
    isnan: unaryOp(E.isnan),
    logical_not: unaryOp(E.logicalNot),
    round: method(['input', '*', 'decimals?'], (_ctx, [input, , decimals]) =>
      wrap(engine(() => E.round(tensorOf(input, 'input'), indexOr(decimals, 0)))),
    ),

    add: method(['input', 'other', '*', 'alpha?'], (_ctx, [input, other, , alpha]) =>
      wrap(engine(() => E.add(tensorOf(input, 'input'), operand(other, 'other'), numberOr(alpha, 1)))),
    ),
    sub: method(['input', 'other', '*', 'alpha?'], (_ctx, [input, other, , alpha]) =>
      wrap(engine(() => E.sub(tensorOf(input, 'input'), operand(other, 'other'), numberOr(alpha, 1)))),
    ),
    mul: binaryOp(E.mul),
    multiply: binaryOp(E.mul),
    div: binaryOp(E.div),
    divide: binaryOp(E.div),
    true_divide: binaryOp(E.div),
    pow: method(['input', 'exponent'], (_ctx, [input, exponent]) =>
      wrap(engine(() => E.pow(tensorOf(input, 'input'), operand(exponent, 'exponent')))),
    ),
    maximum: binaryOp(E.maximum),
    minimum: binaryOp(E.minimum),
    remainder: binaryOp(E.remainder),
    floor_divide: binaryOp(E.floorDivide),
    eq: binaryOp(E.eq),
    ne: binaryOp(E.ne),
    lt: binaryOp(E.lt),
    le: binaryOp(E.le),
    gt: binaryOp(E.gt),
    ge: binaryOp(E.ge),
    logical_and: binaryOp(E.logicalAnd),
    logical_or: binaryOp(E.logicalOr),
    matmul: method(['input', 'other'], (_ctx, [input, other]) =>
      wrap(engine(() => E.matmul(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
    mm: method(['input', 'mat2'], (_ctx, [input, mat2]) =>
      wrap(engine(() => E.mm(tensorOf(input, 'input'), tensorOf(mat2, 'mat2')))),
    ),
    dot: method(['input', 'other'], (_ctx, [input, other]) =>
      wrap(engine(() => E.dot(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
    clamp: method(['input', 'min?', 'max?'], (_ctx, [input, min, max]) =>
      wrap(engine(() => E.clamp(tensorOf(input, 'input'), optionalNumber(min), optionalNumber(max)))),
    ),
    clip: method(['input', 'min?', 'max?'], (_ctx, [input, min, max]) =>
      wrap(engine(() => E.clamp(tensorOf(input, 'input'), optionalNumber(min), optionalNumber(max)))),
    ),

    sum: reduction(E.sum),
    mean: reduction(E.mean),
    prod: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.prod(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    max: extreme('max'),
    min: extreme('min'),
    amax: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.amax(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    amin: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.amin(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    argmax: argExtreme(E.argmax),
    argmin: argExtreme(E.argmin),
    std: spread(E.std),
    var: spread(E.variance),
    logsumexp: method(['input', 'dim', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.logsumexp(tensorOf(input, 'input'), asDims(dim), flag(keepdim, false)))),
    ),
    norm: method(['input', 'p?', 'dim?', 'keepdim?'], (_ctx, [input, p, dim, keepdim]) =>
      wrap(engine(() => E.norm(tensorOf(input, 'input'), numberOr(p, 2), asDims(dim), flag(keepdim, false)))),
    ),
    all: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.all(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    any: method(['input', 'dim?', 'keepdim?'], (_ctx, [input, dim, keepdim]) =>
      wrap(engine(() => E.any(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined, flag(keepdim, false)))),
    ),
    softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.softmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    log_softmax: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.logSoftmax(tensorOf(input, 'input'), asIndex(dim)))),
    ),

    flatten: method(['input', 'start_dim?', 'end_dim?'], (_ctx, [input, start, end]) =>
      wrap(engine(() => E.flatten(tensorOf(input, 'input'), indexOr(start, 0), indexOr(end, -1)))),
    ),
    squeeze: method(['input', 'dim?'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.squeeze(tensorOf(input, 'input'), given(dim) ? asIndex(dim) : undefined))),
    ),
    unsqueeze: method(['input', 'dim'], (_ctx, [input, dim]) =>
      wrap(engine(() => E.unsqueeze(tensorOf(input, 'input'), asIndex(dim)))),
    ),
    transpose: method(['input', 'dim0', 'dim1'], (_ctx, [input, dim0, dim1]) =>
      wrap(engine(() => E.transpose(tensorOf(input, 'input'), asIndex(dim0), asIndex(dim1)))),
    ),
    t: unaryOp(E.t),
    flip: method(['input', '*dims'], (_ctx, [input, dims]) => wrap(engine(() => E.flip(tensorOf(input, 'input'), asShape(dims))))),
    detach: unaryOp((t) => t.detach()),
    clone: unaryOp(E.clone),

    allclose: method(['input', 'other', 'rtol?', 'atol?'], async (_ctx, [input, other, rtol, atol]) =>
      pyBool(
        await engineAsync(() =>
          E.allclose(tensorOf(input, 'input'), tensorOf(other, 'other'), numberOr(rtol, 1e-5), numberOr(atol, 1e-8)),
        ),
      ),
    ),
    equal: method(['input', 'other'], async (_ctx, [input, other]) =>
      pyBool(await engineAsync(() => E.equal(tensorOf(input, 'input'), tensorOf(other, 'other')))),
    ),
  };
}
