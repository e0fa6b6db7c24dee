// NumPy's order statistics: sort, argsort, unique, median, percentile and bincount. NumPy arrays live on the
// CPU, so these read the values and reorder them here rather than asking the engine for ops PyTorch's autograd
// would need.

import { fromValues, reshape, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyObject } from '../../objects/object.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag } from '../torch/args.ts';
import { arrayLike, arrayOrScalar, wrapArray } from './ndarray.ts';
import { maxOf } from '../extremes.ts';

/** NumPy sorts NaN last. */
const ascending = (a: number, b: number) => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b);

/** The rows of `t` along its last axis (after moving `axis` there), as arrays of [value, position]. */
async function lanes(t: Tensor, axis: number): Promise<{ lanes: number[][]; rebuild: (values: number[][]) => number[] }> {
  const values = Array.from(await t.data());
  const shape = t.shape;
  const d = axis < 0 ? axis + shape.length : axis;
  if (d < 0 || d >= shape.length) throw pyError(PyExc.ValueError, `axis ${axis} is out of bounds for array of dimension ${shape.length}`);
  const inner = shape.slice(d + 1).reduce((a, b) => a * b, 1);
  const size = shape[d]!;
  const outer = values.length / Math.max(size * inner, 1);
  const out: number[][] = [];
  const offsets: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * size * inner + i;
      offsets.push(base);
      out.push(Array.from({ length: size }, (_, k) => values[base + k * inner]!));
    }
  }
  const rebuild = (sorted: number[][]) => {
    const result = new Array<number>(values.length);
    sorted.forEach((lane, l) => lane.forEach((v, k) => (result[offsets[l]! + k * inner] = v)));
    return result;
  };
  return { lanes: out, rebuild };
}

/** The positions that sort a lane: a stable sort (NumPy's default quicksort is not, so ties may differ). */
const order = (lane: number[]) => lane.map((_, i) => i).sort((i, j) => ascending(lane[i]!, lane[j]!) || i - j);

/** sort's axis: -1 by default, None for the flattened array. */
async function flatOrAlong(a: PyObject, axis: PyObject | undefined): Promise<{ t: Tensor; axis: number }> {
  const t = await arrayLike(a);
  if (axis === None) return { t: flat(t), axis: 0 };
  if (t.ndim === 0) throw pyError(PyExc.ValueError, 'axis -1 is out of bounds for array of dimension 0');
  return { t, axis: axis === undefined ? -1 : asIndex(axis) };
}

const flat = (t: Tensor): Tensor => engine(() => reshape(t, [-1]));

export const sortingFunctions = (): Record<string, PyObject> => ({
  sort: method(['a', 'axis?', 'kind?', 'order?'], async (_ctx, [a, axis]) => {
    const { t, axis: d } = await flatOrAlong(a, axis);
    const { lanes: rows, rebuild } = await lanes(t, d);
    const sorted = rows.map((lane) => [...lane].sort(ascending));
    return wrapArray(engine(() => fromValues(rebuild(sorted), t.shape, t.dtype)));
  }),
  argsort: method(['a', 'axis?', 'kind?', 'order?'], async (_ctx, [a, axis]) => {
    const { t, axis: d } = await flatOrAlong(a, axis);
    const { lanes: rows, rebuild } = await lanes(t, d);
    return wrapArray(engine(() => fromValues(rebuild(rows.map(order)), t.shape, 'int64')));
  }),
  unique: method(['ar', 'return_index?', 'return_inverse?', 'return_counts?', 'axis?'], async (_ctx, [ar, returnIndex, returnInverse, returnCounts]) => {
    const t = await arrayLike(ar);
    const values = Array.from(await t.data());
    const positions = order(values);
    const uniques: number[] = [];
    const firsts: number[] = [];
    const counts: number[] = [];
    const inverse = new Array<number>(values.length);
    for (const p of positions) {
      const v = values[p]!;
      if (uniques.length === 0 || ascending(uniques[uniques.length - 1]!, v) !== 0) {
        uniques.push(v);
        firsts.push(p);
        counts.push(0);
      }
      counts[counts.length - 1]!++;
      inverse[p] = uniques.length - 1;
    }
    const int64 = (xs: number[]) => wrapArray(engine(() => fromValues(xs, [xs.length], 'int64')));
    const result: PyObject[] = [wrapArray(engine(() => fromValues(uniques, [uniques.length], t.dtype)))];
    if (flag(returnIndex, false)) result.push(int64(firsts));
    if (flag(returnInverse, false)) result.push(int64(inverse));
    if (flag(returnCounts, false)) result.push(int64(counts));
    return result.length === 1 ? result[0]! : pyTuple(result);
  }),
  median: method(['a', 'axis?', 'out?', 'overwrite_input?', 'keepdims?'], async (_ctx, [a, axis]) => quantile(a, axis, 'median')),
  percentile: method(['a', 'q', 'axis?'], async (_ctx, [a, q, axis]) => quantile(a, axis, asNumber(q) / 100)),
  quantile: method(['a', 'q', 'axis?'], async (_ctx, [a, q, axis]) => quantile(a, axis, asNumber(q))),
  bincount: method(['x', 'weights?', 'minlength?'], async (_ctx, [x, weights, minlength]) => {
    const t = await arrayLike(x);
    if (t.ndim !== 1) throw pyError(PyExc.ValueError, 'object too deep for desired array');
    if (t.dtype !== 'int64' && t.dtype !== 'bool') throw pyError(PyExc.TypeError, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    const values = Array.from(await t.data());
    if (values.some((v) => v < 0)) throw pyError(PyExc.ValueError, "'list' argument must have no negative elements");
    const w = given(weights) ? Array.from(await (await arrayLike(weights, 'float64')).data()) : null;
    const length = Math.max(given(minlength) ? asIndex(minlength) : 0, maxOf(values, -1) + 1);
    const bins = new Array<number>(length).fill(0);
    values.forEach((v, i) => (bins[v]! += w === null ? 1 : w[i]!));
    return wrapArray(engine(() => fromValues(bins, [length], w === null ? 'int64' : 'float64')));
  }),
});

/**
 * NumPy's 'linear' quantile: between the values around position q·(n − 1), computed from the nearer end as
 * NumPy's _lerp does; the median is the mean of the middle two.
 */
async function quantile(a: PyObject, axis: PyObject | undefined, q: number | 'median'): Promise<PyObject> {
  if (q !== 'median' && !(q >= 0 && q <= 1)) throw pyError(PyExc.ValueError, 'Quantiles must be in the range [0, 1]');
  const t0 = await arrayLike(a, 'float64');
  const t = given(axis) ? t0 : flat(t0);
  const d = given(axis) ? asIndex(axis) : 0;
  const { lanes: rows } = await lanes(t, d);
  const picked = rows.map((lane) => {
    const sorted = [...lane].sort(ascending);
    const n = sorted.length;
    if (q === 'median') return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    const at = q * (n - 1);
    const lo = sorted[Math.floor(at)]!;
    const hi = sorted[Math.min(Math.floor(at) + 1, n - 1)]!;
    const frac = at - Math.floor(at);
    return frac >= 0.5 ? hi - (hi - lo) * (1 - frac) : lo + (hi - lo) * frac;
  });
  const axisIndex = d < 0 ? d + t.ndim : d;
  const shape = t.shape.filter((_, i) => i !== axisIndex);
  return arrayOrScalar(engine(() => fromValues(picked, shape, 'float64')));
}
