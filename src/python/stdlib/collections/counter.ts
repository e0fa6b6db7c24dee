// collections.Counter: a dict of counts. Missing keys count 0; most_common() orders by count, ties in
// insertion order (CPython sorts stably, highest first); + - | & keep only positive counts.

import { None, NotImplemented } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { dictType, PyDict } from '../../objects/dict.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { iteratorOver } from '../../objects/iterator.ts';
import { PyInt, pyBool, pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { callObject } from '../../runtime/call.ts';
import { asIndex, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { keyReady } from '../../runtime/keys.ts';
import { defineClass, method } from '../../runtime/native.ts';
import { binaryOp, lessThan, pyEquals } from '../../runtime/operators.ts';
import { getItem } from '../../runtime/subscript.ts';
import { repr, reprOnce } from '../../runtime/text.ts';

const zero = pyInt(0);

function counter(obj: PyObject): PyDict {
  if (obj instanceof PyDict && obj.type.isSubtypeOf(counterType)) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'Counter' object but received a '${obj.type.name}'`);
}

const entries = (d: PyDict) => [...d.entries.values()];

/** Counter.update / Counter(iterable): a mapping adds its counts, any other iterable counts its items. */
async function addCounts(ctx: Context, c: PyDict, source: PyObject | undefined, kwargs: Map<string, PyObject>, sign: 1 | -1): Promise<void> {
  const add = async (key: PyObject, amount: PyObject): Promise<void> => {
    await keyReady(ctx, key);
    const current = c.get(key) ?? zero;
    c.set(key, await binaryOp(ctx, sign === 1 ? 'Add' : 'Sub', current, amount));
  };
  if (source !== undefined && source !== None) {
    if (source instanceof PyDict) {
      for (const { key, value } of entries(source)) await add(key, value);
    } else if (source.type.lookup('keys') !== undefined) {
      for (const key of await toArray(ctx, await callObject(ctx, source.type.lookup('keys')!, [source]))) {
        await add(key, await getItem(ctx, source, key));
      }
    } else {
      for (const item of await toArray(ctx, source)) await add(item, pyInt(1));
    }
  }
  for (const [k, v] of kwargs) await add(pyStr(k), v);
}

/** (element, count) pairs, highest count first; equal counts keep insertion order. */
async function mostCommon(ctx: Context, c: PyDict): Promise<{ key: PyObject; value: PyObject }[]> {
  const items = entries(c).map((e) => ({ key: e.key, value: e.value }));
  // A stable insertion sort on "greater count first" (comparisons may run Python code, so no Array.sort).
  const out: { key: PyObject; value: PyObject }[] = [];
  for (const item of items) {
    let i = out.length;
    while (i > 0 && (await lessThan(ctx, out[i - 1]!.value, item.value))) i--;
    out.splice(i, 0, item);
  }
  return out;
}

async function isPositive(ctx: Context, v: PyObject): Promise<boolean> {
  return lessThan(ctx, zero, v);
}

/** The arithmetic of Counters: combine every element's two counts, keep the positive results. */
function combine(op: (ctx: Context, a: PyObject, b: PyObject) => Promise<PyObject>) {
  return method(['self', 'other'], async (ctx, [self, other]) => {
    if (!(other instanceof PyDict && other.type.isSubtypeOf(counterType))) return NotImplemented;
    const a = counter(self);
    const result = new PyDict(counterType);
    for (const { key, value } of entries(a)) {
      const v = await op(ctx, value, other.get(key) ?? zero);
      if (await isPositive(ctx, v)) result.set(key, v);
    }
    for (const { key, value } of entries(other)) {
      if (a.has(key)) continue;
      const v = await op(ctx, zero, value);
      if (await isPositive(ctx, v)) result.set(key, v);
    }
    return result;
  });
}

async function sameCounts(ctx: Context, a: PyDict, b: PyDict): Promise<boolean> {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const { key, value } of entries(x)) if (!(await pyEquals(ctx, value, y.get(key) ?? zero))) return false;
  }
  return true;
}

export const counterType: PyType = defineClass({
  name: 'Counter',
  module: 'collections',
  bases: [dictType],
  construct: (_ctx, type) => new PyDict(type),
  members: {
    __init__: method(['self', 'iterable?', '**kwargs'], async (ctx, [self, iterable, kwargs]) => {
      await addCounts(ctx, counter(self), iterable, kwargs, 1);
      return None;
    }),
    __missing__: method(['self', 'key'], () => zero),
    __repr__: method(['self'], async (ctx, [self]) => {
      const c = counter(self);
      if (c.size === 0) return pyStr(`${c.type.name}()`);
      const text = await reprOnce(ctx, c, '...', async () => {
        const parts: string[] = [];
        for (const { key, value } of await mostCommon(ctx, c)) parts.push(`${await repr(ctx, key)}: ${await repr(ctx, value)}`);
        return parts.join(', ');
      });
      return pyStr(`${c.type.name}({${text}})`);
    }),
    most_common: method(['self', 'n?'], async (ctx, [self, n]) => {
      const all = await mostCommon(ctx, counter(self));
      const picked = given(n) ? all.slice(0, Math.max(0, asIndex(n))) : all;
      return new PyList(picked.map((e) => pyTuple([e.key, e.value])));
    }),
    elements: method(['self'], (_ctx, [self]) => {
      const out: PyObject[] = [];
      for (const { key, value } of entries(counter(self))) {
        if (value instanceof PyInt) for (let i = 0; i < Number(value.value); i++) out.push(key);
      }
      return iteratorOver('itertools.chain', out);
    }),
    total: method(['self'], async (ctx, [self]) => {
      let sum: PyObject = zero;
      for (const { value } of entries(counter(self))) sum = await binaryOp(ctx, 'Add', sum, value);
      return sum;
    }),
    update: method(['self', 'iterable?', '**kwargs'], async (ctx, [self, iterable, kwargs]) => {
      await addCounts(ctx, counter(self), iterable, kwargs, 1);
      return None;
    }),
    subtract: method(['self', 'iterable?', '**kwargs'], async (ctx, [self, iterable, kwargs]) => {
      await addCounts(ctx, counter(self), iterable, kwargs, -1);
      return None;
    }),
    copy: method(['self'], (_ctx, [self]) => {
      const c = counter(self);
      const copy = new PyDict(c.type);
      for (const { key, value } of entries(c)) copy.set(key, value);
      return copy;
    }),
    __add__: combine((ctx, a, b) => binaryOp(ctx, 'Add', a, b)),
    __sub__: combine((ctx, a, b) => binaryOp(ctx, 'Sub', a, b)),
    __or__: combine(async (ctx, a, b) => ((await lessThan(ctx, a, b)) ? b : a)),
    __and__: combine(async (ctx, a, b) => ((await lessThan(ctx, a, b)) ? a : b)),
    // Since Python 3.10 a missing element counts as zero when comparing Counters.
    __eq__: method(['self', 'other'], async (ctx, [self, other]) => {
      if (!(other instanceof PyDict && other.type.isSubtypeOf(counterType))) return NotImplemented;
      return pyBool(await sameCounts(ctx, counter(self), other));
    }),
    __ne__: method(['self', 'other'], async (ctx, [self, other]) => {
      if (!(other instanceof PyDict && other.type.isSubtypeOf(counterType))) return NotImplemented;
      return pyBool(!(await sameCounts(ctx, counter(self), other)));
    }),
  },
});
