// NumPy's questions about values: isnan, isclose/allclose, array_equal, count_nonzero, and nonzero (also
// np.where with only a condition), which says where the true elements are.

import * as E from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import type { PyObject } from '../../objects/object.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asDims, flag, numberOr } from '../torch/args.ts';
import { binary, operandOf, unary } from './arrayOps.ts';
import { arrayLike, arrayOrScalar, wrapArray } from './ndarray.ts';

/** |a − b| ≤ atol + rtol·|b|, elementwise (NumPy's isclose; NaN is never close unless equal_nan). */
async function closeness(a: PyObject, b: PyObject, rtol: number, atol: number) {
  const [x, y] = [await operandOf(a), await operandOf(b)];
  if (x === null || y === null) throw pyError(PyExc.TypeError, 'isclose: operands must be arrays or numbers');
  return binary(x, y, 'division', (p, q) => E.le(E.abs(E.sub(p, q)), E.add(E.mul(E.abs(q), rtol), atol)));
}

/** Where t is nonzero: one int64 vector of positions per dim (C order). */
async function nonzeroColumns(t: E.Tensor): Promise<E.Tensor[]> {
  const values = await t.data();
  const coords: number[][] = t.shape.map(() => []);
  const strides = t.shape.map((_, d) => t.shape.slice(d + 1).reduce((x, y) => x * y, 1));
  values.forEach((v, i) => {
    if (v !== 0) strides.forEach((s, d) => coords[d]!.push(Math.floor(i / s) % t.shape[d]!));
  });
  return coords.map((c) => engine(() => E.fromValues(c, [c.length], 'int64')));
}

/** np.nonzero(a), and np.where(condition) with nothing else: a tuple of position arrays. */
export async function nonzero(a: PyObject): Promise<PyObject> {
  return pyTuple((await nonzeroColumns(await arrayLike(a))).map(wrapArray));
}

export const predicateFunctions = (): Record<string, PyObject> => ({
  isnan: method(['x', '*args', '**kwargs'], async (_ctx, [x]) => arrayOrScalar(unary(await arrayLike(x), E.isnan, true))),
  isclose: method(['a', 'b', 'rtol?', 'atol?', 'equal_nan?'], async (_ctx, [a, b, rtol, atol]) =>
    arrayOrScalar(await closeness(a, b, numberOr(rtol, 1e-5), numberOr(atol, 1e-8))),
  ),
  allclose: method(['a', 'b', 'rtol?', 'atol?', 'equal_nan?'], async (_ctx, [a, b, rtol, atol]) => {
    const close = await closeness(a, b, numberOr(rtol, 1e-5), numberOr(atol, 1e-8));
    return pyBool((await engine(() => E.all(close)).item()) !== 0);
  }),
  array_equal: method(['a1', 'a2', 'equal_nan?'], async (_ctx, [a1, a2]) => {
    const [x, y] = [await arrayLike(a1), await arrayLike(a2)];
    if (x.shape.join() !== y.shape.join()) return pyBool(false);
    const same = binary({ kind: 'array', tensor: x }, { kind: 'array', tensor: y }, 'comparison', E.eq);
    return pyBool((await engine(() => E.all(same)).item()) !== 0);
  }),
  count_nonzero: method(['a', 'axis?', '*', 'keepdims?'], async (_ctx, [a, axis, , keepdims]) => {
    const t = await arrayLike(a);
    const counts = engine(() => E.sum(E.ne(t, 0), asDims(axis), flag(keepdims, false)));
    if (!given(axis)) return pyInt(await counts.item());
    return wrapArray(counts);
  }),
  nonzero: method(['a'], (_ctx, [a]) => nonzero(a)),
  argwhere: method(['a'], async (_ctx, [a]) => {
    const columns = await nonzeroColumns(await arrayLike(a));
    return wrapArray(engine(() => E.stack(columns, 1)));
  }),
});
