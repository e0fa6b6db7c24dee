// The `numpy` module: array creation, ufuncs, reductions, joins, the scalar types and constants, and
// np.random. Arrays are engine tensors on the CPU; float64 is NumPy's default, as in NumPy.

import * as E from '../../../engine/index.ts';
import type { DType, Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { pyTuple } from '../../objects/tuple.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asDims, asShape, flag, indexOr, numberOr, optionalNumber } from '../torch/args.ts';
import { binary, operandOf, unary, type BinaryKind } from './arrayOps.ts';
import { reductions } from './ndarrayClass.ts';
import { predicateFunctions, nonzero } from './predicates.ts';
import { printOptionFunctions } from './printOptionsModule.ts';
import { loadNumpyRandom } from './randomModule.ts';
import { shapingFunctions } from './shaping.ts';
import { sortingFunctions } from './sorting.ts';
import { arrayLike, arrayOrScalar, DEFAULT_DTYPE, ndarrayType, PyNDArray, scalarKind, wrapArray } from './ndarray.ts';
import { asNumpyDType, boolScalarType, strScalarType, dtypeType, float32Type, float64Type, int64Type } from './scalars.ts';

const dtypeOr = (obj: PyObject | undefined, fallback: DType) => (given(obj) ? asNumpyDType(obj) : fallback);

/** A shape argument: an int or a tuple/list of ints. */
const shapeOf = (obj: PyObject) => asShape([obj]);

/** A ufunc of one argument: a scalar in gives a scalar out, an array-like gives an array. */
const ufunc = (op: (x: Tensor) => Tensor, floatResult = true) =>
  method(['x', '*args', '**kwargs'], async (_ctx, [x]) => arrayOrScalar(unary(await arrayLike(x), op, floatResult)));

/** A ufunc of two arguments, with NumPy's promotion. */
const ufunc2 = (kind: BinaryKind, op: (x: Tensor, y: Tensor) => Tensor) =>
  method(['x1', 'x2', '*args', '**kwargs'], async (_ctx, [x1, x2]) => {
    const [a, b] = [await operandOf(x1), await operandOf(x2)];
    if (a === null || b === null) throw pyError(PyExc.TypeError, 'operands must be arrays or numbers');
    return arrayOrScalar(binary(a, b, kind, op));
  });

/** A math function NumPy has and the engine does not, applied value by value (arrays live on the CPU). */
const elementwise = (f: (x: number) => number) =>
  method(['x', '*args', '**kwargs'], async (_ctx, [x]) => {
    const t = await arrayLike(x);
    const dtype = t.dtype === 'float32' ? 'float32' : 'float64';
    const values = Float64Array.from(await t.data(), f);
    return arrayOrScalar(engine(() => E.fromValues(values, t.shape, dtype)));
  });

const creation = (fill: number | null) =>
  method(['shape', 'dtype?'], (_ctx, [shape, dtype]) =>
    wrapArray(engine(() => E.full(shapeOf(shape), fill ?? 0, dtypeOr(dtype, 'float64')))),
  );

const like = (fill: number) =>
  method(['a', 'dtype?'], async (_ctx, [a, dtype]) => {
    const t = await arrayLike(a);
    return wrapArray(engine(() => E.full(t.shape, fill, dtypeOr(dtype, t.dtype))));
  });

async function arrays(ctx: Context, seq: PyObject): Promise<Tensor[]> {
  const items = await toArray(ctx, seq);
  const tensors = await Promise.all(items.map((i) => arrayLike(i)));
  const dtype = tensors.map((t) => t.dtype).reduce((a, b) => (a === b ? a : a === 'bool' ? b : b === 'bool' ? a : 'float64'));
  return tensors.map((t) => (t.dtype === dtype ? t : E.to(t, dtype)));
}

export function loadNumpy(ctx: Context): PyModule {
  return defineModule('numpy', {
    ndarray: ndarrayType,
    dtype: dtypeType,
    float64: float64Type,
    float_: float64Type,
    double: float64Type,
    float32: float32Type,
    single: float32Type,
    int64: int64Type,
    int_: int64Type,
    bool_: boolScalarType,
    str_: strScalarType,
    pi: pyFloat(Math.PI),
    e: pyFloat(Math.E),
    inf: pyFloat(Infinity),
    nan: pyFloat(NaN),
    newaxis: None,
    random: loadNumpyRandom(ctx),

    array: method(['object', 'dtype?', '*', 'copy?'], async (_ctx, [object, dtype]) => {
      const t = await arrayLike(object, given(dtype) ? asNumpyDType(dtype) : null);
      // np.array copies its input; np.asarray does not.
      return wrapArray(object instanceof PyNDArray && t === object.tensor ? engine(() => E.clone(t)) : t);
    }),
    asarray: method(['a', 'dtype?'], async (_ctx, [a, dtype]) => {
      if (a instanceof PyNDArray && !given(dtype)) return a;
      return wrapArray(await arrayLike(a, given(dtype) ? asNumpyDType(dtype) : null));
    }),
    zeros: creation(0),
    ones: creation(1),
    empty: creation(null),
    full: method(['shape', 'fill_value', 'dtype?'], (_ctx, [shape, fill, dtype]) => {
      const kind = scalarKind(fill) ?? 'float';
      return wrapArray(engine(() => E.full(shapeOf(shape), asNumber(fill), dtypeOr(dtype, DEFAULT_DTYPE[kind]))));
    }),
    zeros_like: like(0),
    ones_like: like(1),
    full_like: method(['a', 'fill_value', 'dtype?'], async (_ctx, [a, fill, dtype]) => {
      const t = await arrayLike(a);
      return wrapArray(engine(() => E.full(t.shape, asNumber(fill), dtypeOr(dtype, t.dtype))));
    }),
    arange: method(['start', 'stop?', 'step?', 'dtype?'], (_ctx, [a, b, c, dtype]) => {
      const [start, stop] = b === undefined || b === None ? [0, asNumber(a)] : [asNumber(a), asNumber(b)];
      const step = numberOr(c, 1);
      const fallback = [a, b, c].some((v) => v instanceof PyFloat) ? 'float64' : 'int64';
      return wrapArray(engine(() => E.arange(start, stop, step, dtypeOr(dtype, fallback))));
    }),
    linspace: method(['start', 'stop', 'num?', 'endpoint?', 'retstep?', 'dtype?'], (_ctx, [start, stop, num, endpoint, retstep, dtype]) => {
      const [a, b, n] = [asNumber(start), asNumber(stop), indexOr(num, 50)];
      if (n < 0) throw pyError(PyExc.ValueError, `Number of samples, ${n}, must be non-negative.`);
      const closed = flag(endpoint, true);
      // NumPy's arithmetic: i·step + start, the last sample set to stop exactly.
      const div = closed ? n - 1 : n;
      const step = div > 0 ? (b - a) / div : NaN;
      const values = Array.from({ length: n }, (_, i) => (div > 0 ? i * step + a : i * (b - a) + a));
      if (closed && n > 1) values[n - 1] = b;
      const target = dtypeOr(dtype, 'float64');
      const samples = wrapArray(engine(() => E.fromValues(target === 'int64' ? values.map(Math.floor) : values, [n], target)));
      return flag(retstep, false) ? pyTuple([samples, pyFloat(step)]) : samples;
    }),
    eye: method(['N', 'M?', 'k?', 'dtype?'], (_ctx, [n, m, , dtype]) =>
      wrapArray(engine(() => E.eye(asIndex(n), indexOr(m, asIndex(n)), dtypeOr(dtype, 'float64')))),
    ),
    identity: method(['n', 'dtype?'], (_ctx, [n, dtype]) => wrapArray(engine(() => E.eye(asIndex(n), asIndex(n), dtypeOr(dtype, 'float64'))))),

    sqrt: ufunc(E.sqrt),
    log10: elementwise(Math.log10),
    log2: elementwise(Math.log2),
    cumsum: method(['a', 'axis?', 'dtype?'], async (_ctx, [a, axis, dtype]) => {
      const t = await arrayLike(a, given(dtype) ? asNumpyDType(dtype) : null);
      const summed = t.dtype === 'bool' ? engine(() => E.to(t, 'int64')) : t;
      return wrapArray(engine(() => (given(axis) ? E.cumsum(summed, asIndex(axis)) : E.cumsum(E.reshape(summed, [-1]), 0))));
    }),
    exp: ufunc(E.exp),
    log: ufunc(E.log),
    log1p: ufunc(E.log1p),
    sin: ufunc(E.sin),
    cos: ufunc(E.cos),
    tanh: ufunc(E.tanh),
    floor: ufunc(E.floor),
    ceil: ufunc(E.ceil),
    abs: ufunc(E.abs, false),
    absolute: ufunc(E.abs, false),
    square: ufunc(E.square, false),
    sign: ufunc(E.sign, false),
    negative: ufunc(E.neg, false),
    round: method(['a', 'decimals?'], async (_ctx, [a, decimals]) =>
      arrayOrScalar(unary(await arrayLike(a), (x) => E.round(x, indexOr(decimals, 0)), false)),
    ),
    around: method(['a', 'decimals?'], async (_ctx, [a, decimals]) =>
      arrayOrScalar(unary(await arrayLike(a), (x) => E.round(x, indexOr(decimals, 0)), false)),
    ),
    add: ufunc2('arithmetic', E.add),
    subtract: ufunc2('arithmetic', E.sub),
    multiply: ufunc2('arithmetic', E.mul),
    divide: ufunc2('division', E.div),
    power: ufunc2('arithmetic', E.pow),
    maximum: ufunc2('arithmetic', E.maximum),
    minimum: ufunc2('arithmetic', E.minimum),
    dot: ufunc2('matmul', E.matmul),
    matmul: ufunc2('matmul', E.matmul),
    clip: method(['a', 'a_min', 'a_max'], async (_ctx, [a, min, max]) => {
      const t = await arrayLike(a);
      return arrayOrScalar(engine(() => E.clamp(t, optionalNumber(min), optionalNumber(max))));
    }),

    ...reductions(),
    ...sortingFunctions(),
    ...shapingFunctions(),
    ...predicateFunctions(),
    ...printOptionFunctions(),
    linalg: defineModule('numpy.linalg', {
      norm: method(['x', 'ord?', 'axis?', 'keepdims?'], async (_ctx, [x, ord, axis, keepdims]) => {
        if (given(ord)) throw pyError(PyExc.NotImplementedError, 'norm(ord=...) is not supported in Tandem; the default (2-norm) is');
        const t = await arrayLike(x, 'float64');
        return arrayOrScalar(engine(() => E.sqrt(E.sum(E.mul(t, t), asDims(axis), flag(keepdims, false)))));
      }),
    }),
    amax: reductions()['max']!,
    amin: reductions()['min']!,

    reshape: method(['a', 'newshape'], async (_ctx, [a, newshape]) => {
      const t = await arrayLike(a);
      return wrapArray(engine(() => E.reshape(t, shapeOf(newshape))));
    }),
    transpose: method(['a', 'axes?'], async (_ctx, [a, axes]) => {
      const t = await arrayLike(a);
      const order = given(axes) ? shapeOf(axes) : t.shape.map((_, i) => t.ndim - 1 - i);
      return wrapArray(engine(() => E.permute(t, order)));
    }),
    squeeze: method(['a', 'axis?'], async (_ctx, [a, axis]) => {
      const t = await arrayLike(a);
      return arrayOrScalar(engine(() => E.squeeze(t, given(axis) ? asIndex(axis) : undefined)));
    }),
    expand_dims: method(['a', 'axis'], async (_ctx, [a, axis]) => {
      const t = await arrayLike(a);
      return wrapArray(engine(() => E.unsqueeze(t, asIndex(axis))));
    }),
    concatenate: method(['arrays', 'axis?'], async (ctx, [seq, axis]) => {
      const parts = await arrays(ctx, seq);
      return wrapArray(engine(() => E.cat(parts, indexOr(axis, 0))));
    }),
    stack: method(['arrays', 'axis?'], async (ctx, [seq, axis]) => {
      const parts = await arrays(ctx, seq);
      return wrapArray(engine(() => E.stack(parts, indexOr(axis, 0))));
    }),
    vstack: method(['tup'], async (ctx, [seq]) => {
      const parts = (await arrays(ctx, seq)).map((t) => (t.ndim === 1 ? E.unsqueeze(t, 0) : t));
      return wrapArray(engine(() => E.cat(parts, 0)));
    }),
    hstack: method(['tup'], async (ctx, [seq]) => {
      const parts = await arrays(ctx, seq);
      return wrapArray(engine(() => E.cat(parts, parts[0]?.ndim === 1 ? 0 : 1)));
    }),
    where: method(['condition', 'x?', 'y?'], async (_ctx, [condition, x, y]) => {
      if (x === undefined && y === undefined) return nonzero(condition);
      if (x === undefined || y === undefined) throw pyError(PyExc.ValueError, 'either both or neither of x and y should be given');
      const c = await arrayLike(condition, 'bool');
      const [a, b] = [await operandOf(x), await operandOf(y)];
      if (a === null || b === null) throw pyError(PyExc.TypeError, 'where: x and y must be arrays or numbers');
      return wrapArray(binary(a, b, 'arithmetic', (p, q) => E.where(c, p, q)));
    }),
  });
}

