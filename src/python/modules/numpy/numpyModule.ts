// The `numpy` module: array creation, ufuncs, reductions, joins, the scalar types and constants, and
// np.random. Arrays are engine tensors on the CPU; float64 is NumPy's default, as in NumPy.

import * as E from '../../../engine/index.ts';
import type { DType, Tensor } from '../../../engine/index.ts';
import { Generator } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { PyInt } from '../../objects/int.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asShape, indexOr, numberOr, optionalNumber } from '../torch/args.ts';
import { pyNumber } from '../torch/operands.ts';
import { binary, operandOf, unary, type BinaryKind } from './arrayOps.ts';
import { reductions } from './ndarrayClass.ts';
import { arrayLike, arrayOrScalar, DEFAULT_DTYPE, ndarrayType, PyNDArray, scalarKind, wrapArray } from './ndarray.ts';
import { asNumpyDType, boolScalarType, dtypeType, float32Type, float64Type, int64Type } from './scalars.ts';

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

/** The run's np.random generator (Tandem's streams, not bit-identical to NumPy's); keras.utils.set_random_seed
 * seeds it too, as Keras does. */
export function numpyGenerator(ctx: Context): Generator {
  return ctx.local(numpyGenerator, () => new Generator(0));
}

function loadRandom(ctx: Context): PyModule {
  const gen = numpyGenerator(ctx);
  const sizeOf = (obj: PyObject | undefined) => (given(obj) ? shapeOf(obj) : null);
  /** One draw as a Python number when no size is given (as NumPy's legacy functions), else an array. */
  const draw = async (shape: number[] | null, make: (shape: number[]) => Tensor) => {
    if (shape !== null) return wrapArray(engine(() => make(shape)));
    const one = engine(() => make([1]));
    return pyNumber((await one.data())[0]!, one.dtype);
  };
  const uniform = (low: number, high: number) => (shape: number[]) => E.uniform_(E.empty(shape, 'float64'), low, high, gen);
  const normal = (mean: number, std: number) => (shape: number[]) => E.normal_(E.empty(shape, 'float64'), mean, std, gen);
  return defineModule('numpy.random', {
    seed: method(['seed?'], (_ctx, [seed]) => {
      gen.manualSeed(given(seed) ? asIndex(seed) : 0);
      return None;
    }),
    rand: method(['*shape'], (_ctx, [shape]) => draw(shape.length === 0 ? null : asShape(shape), uniform(0, 1))),
    random: method(['size?'], (_ctx, [size]) => draw(sizeOf(size), uniform(0, 1))),
    randn: method(['*shape'], (_ctx, [shape]) => draw(shape.length === 0 ? null : asShape(shape), normal(0, 1))),
    normal: method(['loc?', 'scale?', 'size?'], (_ctx, [loc, scale, size]) =>
      draw(sizeOf(size), normal(numberOr(loc, 0), numberOr(scale, 1))),
    ),
    uniform: method(['low?', 'high?', 'size?'], (_ctx, [low, high, size]) =>
      draw(sizeOf(size), uniform(numberOr(low, 0), numberOr(high, 1))),
    ),
    randint: method(['low', 'high?', 'size?'], (_ctx, [low, high, size]) => {
      const [lo, hi] = given(high) ? [asIndex(low), asIndex(high)] : [0, asIndex(low)];
      return draw(sizeOf(size), (shape) => E.randint(lo, hi, shape, 'int64', gen));
    }),
    permutation: method(['x'], async (_ctx, [x]) => {
      if (x instanceof PyInt) return wrapArray(engine(() => E.randperm(asIndex(x), 'int64', gen)));
      const t = await arrayLike(x);
      const order = engine(() => E.randperm(t.shape[0] ?? 0, 'int64', gen));
      return wrapArray(engine(() => E.index(t, [{ kind: 'tensor', tensor: order }])));
    }),
  });
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
    pi: pyFloat(Math.PI),
    e: pyFloat(Math.E),
    inf: pyFloat(Infinity),
    nan: pyFloat(NaN),
    newaxis: None,
    random: loadRandom(ctx),

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
    arange: method(['start', 'stop?', 'step?', 'dtype?'], (_ctx, [a, b, c, dtype]) => {
      const [start, stop] = b === undefined || b === None ? [0, asNumber(a)] : [asNumber(a), asNumber(b)];
      const step = numberOr(c, 1);
      const fallback = [a, b, c].some((v) => v instanceof PyFloat) ? 'float64' : 'int64';
      return wrapArray(engine(() => E.arange(start, stop, step, dtypeOr(dtype, fallback))));
    }),
    linspace: method(['start', 'stop', 'num?', 'endpoint?', 'retstep?', 'dtype?'], (_ctx, [start, stop, num, , , dtype]) =>
      wrapArray(engine(() => E.linspace(asNumber(start), asNumber(stop), indexOr(num, 50), dtypeOr(dtype, 'float64')))),
    ),
    eye: method(['N', 'M?', 'k?', 'dtype?'], (_ctx, [n, m, , dtype]) =>
      wrapArray(engine(() => E.eye(asIndex(n), indexOr(m, asIndex(n)), dtypeOr(dtype, 'float64')))),
    ),
    identity: method(['n', 'dtype?'], (_ctx, [n, dtype]) => wrapArray(engine(() => E.eye(asIndex(n), asIndex(n), dtypeOr(dtype, 'float64'))))),

    sqrt: ufunc(E.sqrt),
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
    where: method(['condition', 'x', 'y'], async (_ctx, [condition, x, y]) => {
      const c = await arrayLike(condition, 'bool');
      const [a, b] = [await operandOf(x), await operandOf(y)];
      if (a === null || b === null) throw pyError(PyExc.TypeError, 'where: x and y must be arrays or numbers');
      return wrapArray(binary(a, b, 'arithmetic', (p, q) => E.where(c, p, q)));
    }),
  });
}

