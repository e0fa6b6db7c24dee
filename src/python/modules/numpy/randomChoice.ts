// np.random.choice's arithmetic, as RandomState.choice does it: what may be sampled (a size, an array, a list of
// strings), the checks on p, and the positions drawn with or without replacement.

import type { Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBool, PyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyStr } from '../../objects/str.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asIndex } from '../../runtime/convert.ts';
import { arrayLike, PyNDArray } from './ndarray.ts';
import type { RandomState } from './randomState.ts';

/** choice(): the sampled positions, drawn exactly as RandomState.choice draws them. */
export function choose(state: RandomState, population: number, n: number, replace: boolean, p: Float64Array | null): number[] {
  if (replace) {
    if (p === null) return population === 0 ? [] : state.boundedIntegers(0, population - 1, n);
    const cdf = normalizedCdf(p);
    return Array.from({ length: n }, () => searchRight(cdf, state.double()));
  }
  if (n > population) throw pyError(PyExc.ValueError, "Cannot take a larger sample than population when 'replace=False'");
  if (p === null) return state.permutation(population).slice(0, n);
  if (p.filter((v) => v > 0).length < n) throw pyError(PyExc.ValueError, 'Fewer non-zero entries in p than size');
  // Draw n − found at a time, zeroing the found ones' probabilities, keeping new values in first-seen order.
  const weights = Float64Array.from(p);
  const found: number[] = [];
  while (found.length < n) {
    const x = Array.from({ length: n - found.length }, () => state.double());
    for (const f of found) weights[f] = 0;
    const cdf = normalizedCdf(weights);
    const seen = new Set<number>();
    for (const v of x.map((u) => searchRight(cdf, u))) {
      if (!seen.has(v)) found.push(v);
      seen.add(v);
    }
  }
  return found;
}

/** p.cumsum() / its last value, summed left to right as NumPy does. */
function normalizedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let total = 0;
  p.forEach((v, i) => (cdf[i] = total += v));
  const last = cdf[cdf.length - 1]!;
  return cdf.map((v) => v / last);
}

/** searchsorted(side='right'): how many cdf values are ≤ u. */
function searchRight(cdf: Float64Array, u: number): number {
  let [lo, hi] = [0, cdf.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** choice(p=...)'s checks: one probability per element, none negative, summing to 1 within sqrt(eps). */
export async function probabilities(obj: PyObject, population: number): Promise<Float64Array> {
  const t = await arrayLike(obj, 'float64');
  const tolerance = obj instanceof PyNDArray && obj.tensor.dtype === 'float32' ? Math.sqrt(2 ** -23) : Math.sqrt(2 ** -52);
  if (t.ndim !== 1) throw pyError(PyExc.ValueError, "'p' must be 1-dimensional");
  if (t.numel !== population) throw pyError(PyExc.ValueError, "'a' and 'p' must have same size");
  const p = Float64Array.from(await t.data());
  const sum = kahanSum(p);
  if (Number.isNaN(sum)) throw pyError(PyExc.ValueError, 'probabilities contain NaN');
  if (p.some((v) => v < 0)) throw pyError(PyExc.ValueError, 'probabilities are not non-negative');
  if (Math.abs(sum - 1) > tolerance) throw pyError(PyExc.ValueError, 'probabilities do not sum to 1');
  return p;
}

function kahanSum(values: Float64Array): number {
  if (values.length < 8) return values.reduce((a, b) => a + b, 0);
  let sum = values[0]!;
  let c = 0;
  for (let i = 1; i < values.length; i++) {
    const y = values[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** What choice() samples from: a population size, or the elements of a 1-d array or list. */
export type Population = { kind: 'range'; size: number } | { kind: 'array'; tensor: Tensor } | { kind: 'items'; items: readonly PyObject[] };

export async function populationOf(a: PyObject): Promise<Population> {
  if (a instanceof PyInt && !(a instanceof PyBool)) return { kind: 'range', size: asIndex(a) };
  if ((a instanceof PyList || a instanceof PyTuple) && a.items.length > 0 && a.items.every((v) => v instanceof PyStr)) {
    // A list of strings: NumPy would make a str array; Tandem picks the strings themselves.
    return { kind: 'items', items: a.items };
  }
  const t = await arrayLike(a);
  if (t.ndim === 0) {
    if (t.dtype !== 'int64') throw pyError(PyExc.ValueError, 'a must be 1-dimensional or an integer');
    return { kind: 'range', size: (await t.data())[0]! };
  }
  if (t.ndim !== 1) throw pyError(PyExc.ValueError, 'a must be 1-dimensional');
  return { kind: 'array', tensor: t };
}

export const populationSize = (p: Population) => (p.kind === 'range' ? p.size : p.kind === 'array' ? p.tensor.shape[0]! : p.items.length);

