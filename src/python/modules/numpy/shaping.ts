// NumPy's functions that rearrange or replicate an array: flip, tile, repeat, meshgrid and outer.

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { asString, given } from '../../runtime/convert.ts';
import { method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { asShape } from '../torch/args.ts';
import { binary, operandOf } from './arrayOps.ts';
import { arrayLike, wrapArray } from './ndarray.ts';

const flat = (t: Tensor) => engine(() => E.reshape(t, [-1]));

/** Positions 0…n−1 each repeated `times[i]` times: the gather order of np.repeat. */
function repeatedPositions(n: number, times: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let k = 0; k < times[i]!; k++) out.push(i);
  return out;
}

const along = (t: Tensor, dim: number, positions: number[]) =>
  engine(() => E.indexSelect(t, dim, E.fromValues(positions, [positions.length], 'int64')));

export const shapingFunctions = (): Record<string, PyObject> => ({
  flip: method(['m', 'axis?'], async (_ctx, [m, axis]) => {
    const t = await arrayLike(m);
    const dims = given(axis) ? asShape([axis]) : t.shape.map((_, i) => i);
    return wrapArray(engine(() => E.flip(t, dims)));
  }),
  tile: method(['A', 'reps'], async (_ctx, [a, reps]) => {
    let t = await arrayLike(a);
    const r = asShape([reps]);
    const ndim = Math.max(t.ndim, r.length);
    t = engine(() => E.reshape(t, [...new Array<number>(ndim - t.ndim).fill(1), ...t.shape]));
    const full = [...new Array<number>(ndim - r.length).fill(1), ...r];
    for (let d = 0; d < ndim; d++) {
      const size = t.shape[d]!;
      if (full[d] !== 1) t = along(t, d, Array.from({ length: size * full[d]! }, (_, i) => i % size));
    }
    return wrapArray(t);
  }),
  repeat: method(['a', 'repeats', 'axis?'], async (_ctx, [a, repeats, axis]) => {
    const t0 = await arrayLike(a);
    const t = given(axis) ? t0 : flat(t0);
    const d = given(axis) ? asShape([axis])[0]! : 0;
    const dim = d < 0 ? d + t.ndim : d;
    const n = t.shape[dim]!;
    const times = asShape([repeats]);
    if (times.length !== 1 && times.length !== n) {
      throw pyError(PyExc.ValueError, `operands could not be broadcast together with shape (${n},) (${times.length},)`);
    }
    return wrapArray(along(t, dim, repeatedPositions(n, times.length === 1 ? new Array<number>(n).fill(times[0]!) : times)));
  }),
  /** meshgrid(x, y): X repeats x along rows, Y repeats y along columns ('xy' indexing, NumPy's default). */
  meshgrid: method(['*xi', 'copy?', 'sparse?', 'indexing?'], async (_ctx, [xi, , , indexing]) => {
    const mode = given(indexing) ? asString(indexing, 'indexing') : 'xy';
    if (mode !== 'xy' && mode !== 'ij') throw pyError(PyExc.ValueError, "Valid values for `indexing` are 'xy' and 'ij'.");
    const vectors = await Promise.all(xi.map(async (x) => flat(await arrayLike(x))));
    const lengths = vectors.map((v) => v.shape[0]!);
    const shape = mode === 'xy' && lengths.length >= 2 ? [lengths[1]!, lengths[0]!, ...lengths.slice(2)] : lengths;
    const grids = vectors.map((v, i) => {
      const dim = mode === 'xy' && i < 2 && lengths.length >= 2 ? 1 - i : i;
      const view = shape.map((_, k) => (k === dim ? lengths[i]! : 1));
      return wrapArray(engine(() => E.contiguous(E.expand(E.reshape(v, view), shape))));
    });
    return new PyList(grids);
  }),
  outer: method(['a', 'b', 'out?'], async (_ctx, [a, b, out]) => {
    if (given(out) && out !== None) throw pyError(PyExc.NotImplementedError, 'outer(out=...) is not supported in Tandem');
    const [x, y] = [flat(await arrayLike(a)), flat(await arrayLike(b))];
    const column = await operandOf(wrapArray(engine(() => E.reshape(x, [-1, 1]))));
    const row = await operandOf(wrapArray(engine(() => E.reshape(y, [1, -1]))));
    return wrapArray(binary(column!, row!, 'arithmetic', E.mul));
  }),
});
