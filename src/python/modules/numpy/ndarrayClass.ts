// numpy.ndarray's namespace: printing, shape and dtype attributes, operators, indexing, reductions and the
// conversions learners reach for (astype, reshape, tolist, item).

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import { None, NotImplemented } from '../../objects/constants.ts';
import { PyBaseException, PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import { pyList } from '../../objects/list.ts';
import { PyType, type PyObject } from '../../objects/object.ts';
import { type PyStr, pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { asIndex, asString, given } from '../../runtime/convert.ts';
import { getIterator } from '../../runtime/iteration.ts';
import { addMembers, getter, method } from '../../runtime/native.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { formatArrayRepr, formatArrayStr } from '../format/index.ts';
import { indexItems } from '../indexing.ts';
import { forwardIndex } from './negativeSteps.ts';
import { numpyPrintOptions } from './printOptionsModule.ts';
import { asDims, asShape, flag, optionalNumber, indexOr } from '../torch/args.ts';
import { nestedList, pyNumber } from '../torch/operands.ts';
import { binary, operandOf, unary, type BinaryKind } from './arrayOps.ts';
import { arrayLike, arrayOf, arrayOrScalar, ndarrayType, wrapArray } from './ndarray.ts';
import { asNumpyDType, DTYPE_OBJECTS } from './scalars.ts';

const self0 = (obj: PyObject | undefined): Tensor => arrayOf(obj);

async function printable(t: Tensor) {
  return { shape: t.shape, dtype: t.dtype, values: await engineAsync(() => t.data()) };
}

const isFloat = (t: Tensor) => t.dtype === 'float32' || t.dtype === 'float64';

const operator = (kind: BinaryKind, op: (x: Tensor, y: Tensor) => Tensor, reflected = false) =>
  method(['self', 'other'], async (_ctx, [self, other]) => {
    const o = await operandOf(other);
    if (o === null) return NotImplemented;
    const s = { kind: 'array' as const, tensor: self0(self) };
    return arrayOrScalar(reflected ? binary(o, s, kind, op) : binary(s, o, kind, op));
  });

/** NumPy's own TypeError subclass for `int_array += 1.5`. */
const outputCastingError = new PyType('_UFuncOutputCastingError', [PyExc.TypeError], { module: 'numpy.core._exceptions' });
const UFUNC_NAMES: Record<string, string> = { add: 'add', sub: 'subtract', mul: 'multiply', div: 'divide' };

const inPlace = (kind: BinaryKind, op: (x: Tensor, y: Tensor) => Tensor) =>
  method(['self', 'other'], async (_ctx, [self, other]) => {
    const o = await operandOf(other);
    if (o === null) return NotImplemented;
    const t = self0(self);
    const result = binary({ kind: 'array', tensor: t }, o, kind, op);
    if (result.dtype !== t.dtype && (isFloat(result) || result.dtype === 'int64') && !isFloat(t)) {
      throw pyError(
        outputCastingError,
        `Cannot cast ufunc '${UFUNC_NAMES[op.name] ?? op.name}' output from dtype('${result.dtype}') to dtype('${t.dtype}') with casting rule 'same_kind'`,
      );
    }
    engine(() => E.commit(t, E.to(result, t.dtype)));
    return self!;
  });

/** The reductions NumPy offers as methods and functions: axis=None (all), an int, or a tuple. */
type Reduction = 'sum' | 'mean' | 'max' | 'min' | 'argmax' | 'argmin' | 'std' | 'var' | 'prod' | 'all' | 'any';

async function reduce(t: Tensor, how: Reduction, axis: PyObject | undefined, keepdims: boolean, ddof = 0): Promise<PyObject> {
  const dims = asDims(axis);
  const single = () => (dims === null || dims === undefined ? undefined : typeof dims === 'number' ? dims : dims[0]);
  const asFloat = () => (isFloat(t) ? t : E.to(t, 'float64'));
  const result = engine((): Tensor => {
    switch (how) {
      case 'sum':
        return E.sum(t, dims, keepdims);
      case 'mean':
        return E.mean(asFloat(), dims, keepdims);
      case 'max':
        return E.amax(t, dims, keepdims);
      case 'min':
        return E.amin(t, dims, keepdims);
      case 'argmax':
        return E.argmax(t, single() ?? null, keepdims);
      case 'argmin':
        return E.argmin(t, single() ?? null, keepdims);
      case 'std':
        return E.std(asFloat(), dims, ddof, keepdims);
      case 'var':
        return E.variance(asFloat(), dims, ddof, keepdims);
      case 'prod':
        return E.prod(t, single(), keepdims);
      case 'all':
        return E.all(t, single(), keepdims);
      case 'any':
        return E.any(t, single(), keepdims);
    }
  });
  return arrayOrScalar(result);
}

const reduction = (how: Reduction) =>
  method(['a', 'axis?', 'dtype?', 'out?', 'keepdims?', '*', 'ddof?'], async (_ctx, [a, axis, , , keepdims, , ddof]) =>
    reduce(await arrayLike(a), how, axis, flag(keepdims, false), indexOr(ddof, 0)),
  );

/** np.sum(a, axis) and a.sum(axis), …: one table for the functions and the methods (fresh objects each call). */
export function reductions(): Record<string, PyObject> {
  const names: Reduction[] = ['sum', 'mean', 'max', 'min', 'argmax', 'argmin', 'std', 'var', 'prod', 'all', 'any'];
  return Object.fromEntries(names.map((how) => [how, reduction(how)]));
}

addMembers(ndarrayType, {
  __repr__: method(['self'], async (ctx, [self]) => pyStr(formatArrayRepr(await printable(self0(self)), numpyPrintOptions(ctx)))),
  __str__: method(['self'], async (ctx, [self]) => pyStr(formatArrayStr(await printable(self0(self)), numpyPrintOptions(ctx)))),
  __format__: method(['self', 'spec'], async (ctx, [self, spec]) => {
    if (asString(spec, 'format spec') !== '') {
      throw pyError(PyExc.TypeError, 'unsupported format string passed to numpy.ndarray.__format__');
    }
    return pyStr(formatArrayStr(await printable(self0(self)), numpyPrintOptions(ctx)));
  }),
  shape: getter((_ctx, self) => pyTuple(self0(self).shape.map((d) => pyInt(d)))),
  ndim: getter((_ctx, self) => pyInt(self0(self).ndim)),
  size: getter((_ctx, self) => pyInt(self0(self).numel)),
  dtype: getter((_ctx, self) => DTYPE_OBJECTS[self0(self).dtype]),
  T: getter((_ctx, self) => {
    const t = self0(self);
    return wrapArray(engine(() => E.permute(t, t.shape.map((_, i) => t.ndim - 1 - i))));
  }),

  __len__: method(['self'], (_ctx, [self]) => {
    const t = self0(self);
    if (t.ndim === 0) throw pyError(PyExc.TypeError, 'len() of unsized object');
    return pyInt(t.shape[0]!);
  }),
  __iter__: method(['self'], async (ctx, [self]) => {
    const t = self0(self);
    if (t.ndim === 0) throw pyError(PyExc.TypeError, 'iteration over a 0-d array');
    const rows: PyObject[] = [];
    for (let i = 0; i < t.shape[0]!; i++) rows.push(await arrayOrScalar(engine(() => E.select(t, 0, i))));
    return getIterator(ctx, pyList(rows));
  }),
  __bool__: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    if (t.numel !== 1) {
      throw pyError(PyExc.ValueError, 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    }
    return pyBool((await t.item()) !== 0);
  }),
  __float__: method(['self'], async (_ctx, [self]) => pyFloat(await scalarOf(self0(self)))),
  __int__: method(['self'], async (_ctx, [self]) => pyInt(Math.trunc(await scalarOf(self0(self))))),

  __getitem__: method(['self', 'key'], async (_ctx, [self, key]) => {
    const t = self0(self);
    const { items, flipDims } = forwardIndex(t.shape, indexItems(key));
    const picked = await numpyIndexing(() => E.indexAsync(t, items));
    return arrayOrScalar(flipDims.length === 0 ? picked : engine(() => E.flip(picked, flipDims)));
  }),
  __setitem__: method(['self', 'key', 'value'], async (_ctx, [self, key, value]) => {
    const t = self0(self);
    const { items, flipDims } = forwardIndex(t.shape, indexItems(key));
    let v = await arrayLike(value, t.dtype);
    if (flipDims.length > 0) {
      // Values go to the reversed positions: reverse them over the region they fill instead.
      const region = engine(() => E.index(t, items)).shape;
      v = engine(() => E.flip(E.expand(v, region), flipDims));
    }
    await numpyIndexing(() => E.setIndexAsync(t, items, v));
    return None;
  }),

  __add__: operator('arithmetic', E.add),
  __radd__: operator('arithmetic', E.add, true),
  __sub__: operator('arithmetic', E.sub),
  __rsub__: operator('arithmetic', E.sub, true),
  __mul__: operator('arithmetic', E.mul),
  __rmul__: operator('arithmetic', E.mul, true),
  __truediv__: operator('division', E.div),
  __rtruediv__: operator('division', E.div, true),
  __floordiv__: operator('arithmetic', E.floorDivide),
  __rfloordiv__: operator('arithmetic', E.floorDivide, true),
  __mod__: operator('arithmetic', E.remainder),
  __rmod__: operator('arithmetic', E.remainder, true),
  __pow__: operator('arithmetic', E.pow),
  __rpow__: operator('arithmetic', E.pow, true),
  __matmul__: operator('matmul', E.matmul),
  __rmatmul__: operator('matmul', E.matmul, true),
  __eq__: operator('comparison', E.eq),
  __ne__: operator('comparison', E.ne),
  __lt__: operator('comparison', E.lt),
  __le__: operator('comparison', E.le),
  __gt__: operator('comparison', E.gt),
  __ge__: operator('comparison', E.ge),
  __and__: operator('comparison', E.logicalAnd),
  __or__: operator('comparison', E.logicalOr),
  __iadd__: inPlace('arithmetic', E.add),
  __isub__: inPlace('arithmetic', E.sub),
  __imul__: inPlace('arithmetic', E.mul),
  __itruediv__: inPlace('division', E.div),
  __neg__: method(['self'], (_ctx, [self]) => wrapArray(engine(() => E.neg(self0(self))))),
  __pos__: method(['self'], (_ctx, [self]) => self!),
  __abs__: method(['self'], (_ctx, [self]) => wrapArray(unary(self0(self), E.abs, false))),
  __invert__: method(['self'], (_ctx, [self]) => {
    const t = self0(self);
    if (t.dtype !== 'bool') throw pyError(PyExc.NotImplementedError, '~ on non-bool arrays is not supported in Tandem');
    return wrapArray(engine(() => E.logicalNot(t)));
  }),

  ...reductions(),

  reshape: method(['self', '*shape'], (_ctx, [self, shape]) => {
    const t = self0(self);
    const target = asShape(shape);
    const known = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const fits = target.includes(-1) ? known !== 0 && t.numel % known === 0 : known === t.numel;
    if (!fits) {
      throw pyError(PyExc.ValueError, `cannot reshape array of size ${t.numel} into shape (${target.join(',')})`);
    }
    return wrapArray(engine(() => E.reshape(t, target)));
  }),
  flatten: method(['self'], (_ctx, [self]) => wrapArray(engine(() => E.reshape(E.clone(self0(self)), [-1])))),
  ravel: method(['self'], (_ctx, [self]) => wrapArray(engine(() => E.reshape(self0(self), [-1])))),
  transpose: method(['self', '*axes'], (_ctx, [self, axes]) => {
    const t = self0(self);
    const order = axes.length === 0 ? t.shape.map((_, i) => t.ndim - 1 - i) : asShape(axes);
    return wrapArray(engine(() => E.permute(t, order)));
  }),
  squeeze: method(['self', 'axis?'], (_ctx, [self, axis]) =>
    wrapArray(engine(() => E.squeeze(self0(self), given(axis) ? asIndex(axis) : undefined))),
  ),
  astype: method(['self', 'dtype'], (_ctx, [self, dtype]) => {
    const t = self0(self);
    const target = asNumpyDType(dtype);
    // astype copies, even to the same dtype.
    return wrapArray(engine(() => (target === t.dtype ? E.clone(t) : E.to(t, target))));
  }),
  copy: method(['self'], (_ctx, [self]) => wrapArray(engine(() => E.clone(self0(self))))),
  tolist: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    return nestedList(await t.data(), t.shape, t.dtype);
  }),
  item: method(['self'], async (_ctx, [self]) => {
    const t = self0(self);
    return pyNumber(await scalarOf(t), t.dtype);
  }),
  dot: method(['self', 'other'], async (_ctx, [self, other]) => {
    const o = await operandOf(other);
    if (o === null) throw pyError(PyExc.TypeError, `unsupported operand type for dot: '${other.type.name}'`);
    return arrayOrScalar(binary({ kind: 'array', tensor: self0(self) }, o, 'matmul', E.matmul));
  }),
  clip: method(['self', 'min?', 'max?'], (_ctx, [self, min, max]) =>
    wrapArray(engine(() => E.clamp(self0(self), optionalNumber(min), optionalNumber(max)))),
  ),
  round: method(['self', 'decimals?'], (_ctx, [self, decimals]) =>
    wrapArray(engine(() => E.round(self0(self), indexOr(decimals, 0)))),
  ),
});

async function scalarOf(t: Tensor): Promise<number> {
  if (t.numel !== 1) throw pyError(PyExc.TypeError, 'only size-1 arrays can be converted to Python scalars');
  return (await t.data())[0]!;
}

/** The engine words index errors as PyTorch does ("dimension"); NumPy says "axis". */
async function numpyIndexing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await engineAsync(run);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === PyExc.IndexError) {
      const message = String((e.args[0] as PyStr | undefined)?.value ?? '');
      const m = /^index (-?\d+) is out of bounds for dimension (\d+) with size (\d+)$/.exec(message);
      if (m !== null) throw pyError(PyExc.IndexError, `index ${m[1]} is out of bounds for axis ${m[2]} with size ${m[3]}`);
    }
    throw e;
  }
}

export { ndarrayType, wrapArray };
