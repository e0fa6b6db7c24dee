// `itertools`: the iterator building blocks learner code uses, lazy as in CPython (count, cycle and repeat may
// be endless). Combinatoric iterators collect their input first and emit tuples in CPython's order.

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyIterator } from '../objects/iterator.ts';
import { pyInt } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import type { PyObject } from '../objects/object.ts';
import { pyTuple } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { asIndex, given } from '../runtime/convert.ts';
import { getIterator, nextItem, toArray } from '../runtime/iteration.ts';
import { classMethod, defineClass, defineModule, method, nativeFunction } from '../runtime/native.ts';
import { binaryOp, pyEquals } from '../runtime/operators.ts';
import { isTruthy } from '../runtime/truth.ts';

type Next = (ctx: Context) => PyObject | undefined | Promise<PyObject | undefined>;
const lazy = (name: string, next: Next, holds: readonly unknown[]) => new PyIterator(name, next, holds);

/** An iterator over generated index tuples (the combinatorics), mapped onto the pool. */
function fromIndices(name: string, pool: PyObject[], indices: Generator<number[]>): PyIterator {
  return lazy(
    name,
    () => {
      const r = indices.next();
      return r.done === true ? undefined : pyTuple(r.value.map((i) => pool[i]!));
    },
    [pool],
  );
}

function* productIndices(sizes: number[]): Generator<number[]> {
  if (sizes.some((n) => n === 0)) return;
  const idx = sizes.map(() => 0);
  for (;;) {
    yield [...idx];
    let k = sizes.length - 1;
    while (k >= 0 && ++idx[k]! === sizes[k]) idx[k--] = 0;
    if (k < 0) return;
  }
}

// The next three follow the reference implementations in CPython's itertools documentation.
function* permutationIndices(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const indices = [...Array(n).keys()];
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield indices.slice(0, r);
  while (n > 0) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        [indices[i], indices[indices.length - j]] = [indices[indices.length - j]!, indices[i]!];
        yield indices.slice(0, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

function* combinationIndices(n: number, r: number, replacement: boolean): Generator<number[]> {
  if (!replacement && r > n) return;
  if (replacement && n === 0 && r > 0) return;
  const indices = replacement ? Array(r).fill(0) : [...Array(r).keys()];
  yield [...indices];
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === (replacement ? n - 1 : i + n - r)) i--;
    if (i < 0) return;
    if (replacement) {
      const v = indices[i]! + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      indices[i]!++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    }
    yield [...indices];
  }
}

function nonNegative(obj: PyObject, what: string): number {
  const n = asIndex(obj);
  if (n < 0) throw pyError(PyExc.ValueError, `${what} must be non-negative`);
  return n;
}

const count = nativeFunction('count', ['start?', 'step?'], (_ctx, [start, step]) => {
  const state = { current: start ?? pyInt(0) };
  const by = step ?? pyInt(1);
  return lazy('count', async (ctx) => {
    const value = state.current;
    state.current = await binaryOp(ctx, 'Add', state.current, by);
    return value;
  }, [by, state]);
});

const cycle = nativeFunction('cycle', ['iterable'], async (ctx, [iterable]) => {
  const it = await getIterator(ctx, iterable);
  const saved: PyObject[] = [];
  let exhausted = false;
  let i = 0;
  return lazy('cycle', async (c) => {
    if (!exhausted) {
      const item = await nextItem(c, it);
      if (item !== undefined) {
        saved.push(item);
        return item;
      }
      exhausted = true;
    }
    if (saved.length === 0) return undefined;
    return saved[i++ % saved.length];
  }, [it, saved]);
});

const repeat = nativeFunction('repeat', ['object', 'times?'], (_ctx, [obj, times]) => {
  let left = given(times) ? Math.max(0, asIndex(times)) : Infinity;
  return lazy('repeat', () => (left-- > 0 ? obj : undefined), [obj]);
});

const accumulate = nativeFunction('accumulate', ['iterable', 'func?', '*', 'initial?'], async (ctx, [iterable, func, , initial]) => {
  const it = await getIterator(ctx, iterable);
  const state: { total: PyObject | undefined } = { total: given(initial) ? initial : undefined };
  let first = given(initial);
  return lazy('accumulate', async (c) => {
    if (first) {
      first = false;
      return state.total;
    }
    const item = await nextItem(c, it);
    if (item === undefined) return undefined;
    const total = state.total;
    state.total = total === undefined ? item : given(func) ? await callObject(c, func, [total, item]) : await binaryOp(c, 'Add', total, item);
    return state.total;
  }, [it, func, state]);
});

function chainOf(sources: PyIterator | PyObject[]): PyIterator {
  const state: { current: PyObject | null } = { current: null };
  let k = 0;
  const nextSource = async (ctx: Context): Promise<PyObject | undefined> =>
    Array.isArray(sources) ? sources[k++] : nextItem(ctx, sources);
  return lazy('chain', async (ctx) => {
    for (;;) {
      if (state.current !== null) {
        const item = await nextItem(ctx, state.current);
        if (item !== undefined) return item;
      }
      const source = await nextSource(ctx);
      if (source === undefined) return undefined;
      state.current = await getIterator(ctx, source);
    }
  }, [sources, state]);
}

const chain = defineClass({
  name: 'chain',
  module: 'itertools',
  construct: (_ctx, _type, args) => chainOf([...args]),
  members: {
    from_iterable: classMethod(method(['cls', 'iterable'], async (ctx, [, iterable]) => chainOf((await getIterator(ctx, iterable)) as PyIterator))),
  },
});

const compress = nativeFunction('compress', ['data', 'selectors'], async (ctx, [data, selectors]) => {
  const d = await getIterator(ctx, data);
  const s = await getIterator(ctx, selectors);
  return lazy('compress', async (c) => {
    for (;;) {
      const item = await nextItem(c, d);
      const keep = await nextItem(c, s);
      if (item === undefined || keep === undefined) return undefined;
      if (await isTruthy(c, keep)) return item;
    }
  }, [d, s]);
});

const dropwhile = nativeFunction('dropwhile', ['predicate', 'iterable'], async (ctx, [pred, iterable]) => {
  const it = await getIterator(ctx, iterable);
  let dropping = true;
  return lazy('dropwhile', async (c) => {
    for (;;) {
      const item = await nextItem(c, it);
      if (item === undefined) return undefined;
      if (dropping && (await isTruthy(c, await callObject(c, pred, [item])))) continue;
      dropping = false;
      return item;
    }
  }, [pred, it]);
});

const takewhile = nativeFunction('takewhile', ['predicate', 'iterable'], async (ctx, [pred, iterable]) => {
  const it = await getIterator(ctx, iterable);
  let done = false;
  return lazy('takewhile', async (c) => {
    if (done) return undefined;
    const item = await nextItem(c, it);
    if (item !== undefined && (await isTruthy(c, await callObject(c, pred, [item])))) return item;
    done = true;
    return undefined;
  }, [pred, it]);
});

const filterfalse = nativeFunction('filterfalse', ['predicate', 'iterable'], async (ctx, [pred, iterable]) => {
  const it = await getIterator(ctx, iterable);
  return lazy('filterfalse', async (c) => {
    for (;;) {
      const item = await nextItem(c, it);
      if (item === undefined) return undefined;
      const verdict = pred === None ? item : await callObject(c, pred, [item]);
      if (!(await isTruthy(c, verdict))) return item;
    }
  }, [pred, it]);
});

/** groupby: consecutive runs of equal keys. Advancing to the next group skips what is left of the current one. */
const groupby = nativeFunction('groupby', ['iterable', 'key?'], async (ctx, [iterable, key]) => {
  const it = await getIterator(ctx, iterable);
  const keyOf = (c: Context, x: PyObject) => (given(key) ? callObject(c, key, [x]) : Promise.resolve(x));
  // The item read past the end of a group, kept for the next one (a field, so the runtime's walk sees it).
  const held: { pending: { item: PyObject; key: PyObject } | null } = { pending: null };
  let exhausted = false;
  let group = 0;
  const pull = async (c: Context): Promise<{ item: PyObject; key: PyObject } | null> => {
    if (held.pending !== null) {
      const p = held.pending;
      held.pending = null;
      return p;
    }
    if (exhausted) return null;
    const item = await nextItem(c, it);
    if (item === undefined) {
      exhausted = true;
      return null;
    }
    return { item, key: await keyOf(c, item) };
  };
  let currentKey: PyObject | null = null;
  return lazy('groupby', async (c) => {
    // Skip the rest of the current group.
    for (;;) {
      const next = await pull(c);
      if (next === null) return undefined;
      if (currentKey !== null && (await pyEquals(c, next.key, currentKey))) continue;
      currentKey = next.key;
      const mine = ++group;
      const start: { first: PyObject | null } = { first: next.item };
      const groupKey = next.key;
      const members = lazy('_grouper', async (c2) => {
        if (mine !== group) return undefined;
        if (start.first !== null) {
          const x = start.first;
          start.first = null;
          return x;
        }
        const p = await pull(c2);
        if (p === null) return undefined;
        if (await pyEquals(c2, p.key, groupKey)) return p.item;
        held.pending = p;
        return undefined;
      }, [it, start, held]);
      return pyTuple([groupKey, members]);
    }
  }, [it, key, held]);
});

const islice = nativeFunction('islice', ['iterable', '*args'], async (ctx, [iterable, args]) => {
  if (args.length < 1 || args.length > 3) throw pyError(PyExc.TypeError, `islice expected at most 4 arguments, got ${args.length + 1}`);
  const bound = (v: PyObject, d: number, what: string) => {
    if (v === None) return d;
    const n = asIndex(v);
    if (n < 0) throw pyError(PyExc.ValueError, `${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
    return n;
  };
  const [start, stop, step] =
    args.length === 1
      ? [0, bound(args[0]!, Infinity, 'Stop'), 1]
      : [bound(args[0]!, 0, 'Indices'), bound(args[1]!, Infinity, 'Stop'), args[2] === undefined ? 1 : bound(args[2], 1, 'Step')];
  if (step === 0) throw pyError(PyExc.ValueError, 'Step for islice() must be a positive integer or None.');
  const it = await getIterator(ctx, iterable);
  let position = 0;
  let nextWanted = start;
  return lazy('islice', async (c) => {
    if (nextWanted >= stop) return undefined;
    for (;;) {
      const item = await nextItem(c, it);
      if (item === undefined) return undefined;
      if (position++ === nextWanted) {
        nextWanted += step;
        return item;
      }
    }
  }, [it]);
});

const starmap = nativeFunction('starmap', ['function', 'iterable'], async (ctx, [fn, iterable]) => {
  const it = await getIterator(ctx, iterable);
  return lazy('starmap', async (c) => {
    const args = await nextItem(c, it);
    return args === undefined ? undefined : callObject(c, fn, await toArray(c, args));
  }, [fn, it]);
});

const zipLongest = nativeFunction('zip_longest', ['*iterables', '*', 'fillvalue?'], async (ctx, [iterables, , fillvalue]) => {
  const its: (PyObject | null)[] = [];
  for (const x of iterables) its.push(await getIterator(ctx, x));
  const fill = fillvalue ?? None;
  return lazy('zip_longest', async (c) => {
    const items: PyObject[] = [];
    let alive = 0;
    for (let k = 0; k < its.length; k++) {
      const it = its[k];
      const item = it === null ? undefined : await nextItem(c, it!);
      if (item === undefined) {
        its[k] = null;
        items.push(fill);
      } else {
        alive++;
        items.push(item);
      }
    }
    return alive === 0 ? undefined : pyTuple(items);
  }, [its, fill]);
});

const pairwise = nativeFunction('pairwise', ['iterable'], async (ctx, [iterable]) => {
  const it = await getIterator(ctx, iterable);
  const state: { previous: PyObject | undefined | null } = { previous: null };
  return lazy('pairwise', async (c) => {
    if (state.previous === null) state.previous = await nextItem(c, it);
    if (state.previous === undefined) return undefined;
    const item = await nextItem(c, it);
    if (item === undefined) return undefined;
    const pair = pyTuple([state.previous, item]);
    state.previous = item;
    return pair;
  }, [it, state]);
});

const product = nativeFunction('product', ['*iterables', '*', 'repeat?'], async (ctx, [iterables, , times]) => {
  const n = given(times) ? nonNegative(times, 'repeat argument') : 1;
  const pools: PyObject[][] = [];
  for (const x of iterables) pools.push(await toArray(ctx, x));
  const all = Array.from({ length: n }, () => pools).flat();
  const flat = all.flat();
  const offsets: number[] = [];
  let o = 0;
  for (const p of all) {
    offsets.push(o);
    o += p.length;
  }
  const indices = (function* () {
    for (const idx of productIndices(all.map((p) => p.length))) yield idx.map((i, k) => offsets[k]! + i);
  })();
  return fromIndices('product', flat, indices);
});

const permutations = nativeFunction('permutations', ['iterable', 'r?'], async (ctx, [iterable, r]) => {
  const pool = await toArray(ctx, iterable);
  const size = given(r) ? nonNegative(r, 'r') : pool.length;
  return fromIndices('permutations', pool, permutationIndices(pool.length, size));
});

const combinations = nativeFunction('combinations', ['iterable', 'r'], async (ctx, [iterable, r]) => {
  const pool = await toArray(ctx, iterable);
  return fromIndices('combinations', pool, combinationIndices(pool.length, nonNegative(r, 'r'), false));
});

const combinationsWithReplacement = nativeFunction('combinations_with_replacement', ['iterable', 'r'], async (ctx, [iterable, r]) => {
  const pool = await toArray(ctx, iterable);
  return fromIndices('combinations_with_replacement', pool, combinationIndices(pool.length, nonNegative(r, 'r'), true));
});

export function loadItertools(): PyModule {
  return defineModule('itertools', {
    count,
    cycle,
    repeat,
    accumulate,
    chain,
    compress,
    dropwhile,
    takewhile,
    filterfalse,
    groupby,
    islice,
    starmap,
    zip_longest: zipLongest,
    pairwise,
    product,
    permutations,
    combinations,
    combinations_with_replacement: combinationsWithReplacement,
  });
}
