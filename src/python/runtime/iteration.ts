// The iterator protocol: iter(x), next(it), and the loops built on them (for, unpacking, list(x), `in`).
// Built-in containers iterate natively; anything else through __iter__/__next__ (or the old __getitem__
// sequence protocol). Exhaustion is `undefined` here rather than a StopIteration exception.

import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyDictView } from '../objects/dictView.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyIterator, iteratorOver } from '../objects/iterator.ts';
import { PyList } from '../objects/list.ts';
import { PyObject } from '../objects/object.ts';
import { PyRange } from '../objects/range.ts';
import { PySet } from '../objects/set.ts';
import { codePoints, PyStr, pyStr } from '../objects/str.ts';
import { PyTuple, pyTuple } from '../objects/tuple.ts';
import { pyInt } from '../objects/int.ts';
import { callObject } from './call.ts';
import { pyEquals } from './operators.ts';
import { isTruthy } from './truth.ts';
import { keyReady } from './keys.ts';

/** iter(obj) */
export async function getIterator(ctx: Context, obj: PyObject): Promise<PyObject> {
  if (!obj.type.heap) {
    const native = nativeIterator(obj);
    if (native !== undefined) return native;
  }
  const iter = obj.type.lookup('__iter__');
  if (iter !== undefined) {
    const it = await callObject(ctx, iter, [obj]);
    if (!(it instanceof PyIterator) && it.type.lookup('__next__') === undefined) {
      throw pyError(PyExc.TypeError, `iter() returned non-iterator of type '${it.type.name}'`);
    }
    return it;
  }
  const native = nativeIterator(obj);
  if (native !== undefined) return native;
  const getitem = obj.type.lookup('__getitem__');
  if (getitem !== undefined) return sequenceIterator(obj, getitem);
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object is not iterable`);
}

/** The iterator of a built-in container (without consulting __iter__), or undefined. */
export function nativeIterator(obj: PyObject): PyIterator | undefined {
  if (obj instanceof PyIterator) return obj;
  if (obj instanceof PyList) {
    // Index-based, so appending while iterating is seen, as in Python.
    let i = 0;
    const items = obj;
    return new PyIterator('list_iterator', () => (i < items.items.length ? items.items[i++] : undefined), [items]);
  }
  if (obj instanceof PyTuple) return iteratorOver('tuple_iterator', obj.items);
  if (obj instanceof PyRange) {
    let i = 0;
    const n = obj.length;
    const range = obj;
    return new PyIterator('range_iterator', () => (i < n ? pyInt(range.at(i++)) : undefined), []);
  }
  if (obj instanceof PyStr) {
    const points = codePoints(obj.value) ?? obj.value;
    let i = 0;
    return new PyIterator('str_ascii_iterator', () => (i < points.length ? pyStr(points[i++]!) : undefined), []);
  }
  if (obj instanceof PyDict) return dictIterator(obj, 'keys');
  if (obj instanceof PyDictView) return dictIterator(obj.mapping, obj.kind);
  if (obj instanceof PySet) return setIterator(obj);
  return undefined;
}

/** A set's members in order; adding or removing members meanwhile is an error, as in CPython. */
export function setIterator(set: PySet): PyIterator {
  const items = set.items();
  const size = set.size;
  let i = 0;
  return new PyIterator(
    'set_iterator',
    () => {
      if (set.size !== size) throw pyError(PyExc.RuntimeError, 'Set changed size during iteration');
      return i < items.length ? items[i++] : undefined;
    },
    [set, items],
  );
}

function dictIterator(dict: PyDict, kind: 'keys' | 'values' | 'items'): PyIterator {
  const entries = dict.entries.values();
  const size = dict.size;
  return new PyIterator(`dict_${kind.slice(0, -1)}iterator`, () => {
    if (dict.size !== size) throw pyError(PyExc.RuntimeError, 'dictionary changed size during iteration');
    const r = entries.next();
    if (r.done === true) return undefined;
    const { key, value } = r.value;
    return kind === 'keys' ? key : kind === 'values' ? value : pyTuple([key, value]);
  }, [dict]);
}

/** Python 2's protocol that still works: obj[0], obj[1], ... until IndexError. */
function sequenceIterator(obj: PyObject, getitem: PyObject): PyIterator {
  let i = 0;
  return new PyIterator('iterator', async (ctx) => {
    try {
      return await callObject(ctx, getitem, [obj, pyInt(i++)]);
    } catch (e) {
      if (e instanceof PyObject && e.type.isSubtypeOf(PyExc.IndexError)) return undefined;
      throw e;
    }
  }, [obj, getitem]);
}

/** Whether iter(obj) would succeed (without calling anything). */
export function isIterable(obj: PyObject): boolean {
  return (
    nativeIterator(obj) !== undefined ||
    obj.type.lookup('__iter__') !== undefined ||
    obj.type.lookup('__getitem__') !== undefined
  );
}

/** next(it): the next item, or undefined when exhausted. */
export async function nextItem(ctx: Context, it: PyObject): Promise<PyObject | undefined> {
  if (it instanceof PyIterator) return it.next(ctx);
  const next = it.type.lookup('__next__');
  if (next === undefined) throw pyError(PyExc.TypeError, `'${it.type.name}' object is not an iterator`);
  try {
    return await callObject(ctx, next, [it]);
  } catch (e) {
    if (e instanceof PyObject && e.type.isSubtypeOf(PyExc.StopIteration)) return undefined;
    throw e;
  }
}

/** The items of any iterable, as `list(x)` would collect them. */
export async function toArray(ctx: Context, iterable: PyObject): Promise<PyObject[]> {
  if (iterable.type.heap === false) {
    if (iterable instanceof PyList || iterable instanceof PyTuple) return [...iterable.items];
  }
  const it = await getIterator(ctx, iterable);
  const out: PyObject[] = [];
  for (let item = await nextItem(ctx, it); item !== undefined; item = await nextItem(ctx, it)) out.push(item);
  return out;
}

/** `item in container` */
export async function contains(ctx: Context, container: PyObject, item: PyObject): Promise<boolean> {
  if (!container.type.heap) {
    if (container instanceof PyStr) {
      if (!(item instanceof PyStr)) {
        throw pyError(PyExc.TypeError, `'in <string>' requires string as left operand, not ${item.type.name}`);
      }
      return container.value.includes(item.value);
    }
    if (container instanceof PyDict || container instanceof PySet || (container instanceof PyDictView && container.kind === 'keys')) {
      const ready = keyReady(ctx, item);
      if (ready !== undefined) await ready;
      return container instanceof PyDictView ? container.mapping.has(item) : container.has(item);
    }
  }
  const fn = container.type.lookup('__contains__');
  if (fn !== undefined) return isTruthy(ctx, await callObject(ctx, fn, [container, item]));
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (await pyEquals(ctx, x, item)) return true;
    return false;
  }
  if (
    container.type.lookup('__iter__') === undefined &&
    container.type.lookup('__getitem__') === undefined &&
    nativeIterator(container) === undefined
  ) {
    throw pyError(PyExc.TypeError, `argument of type '${container.type.name}' is not iterable`);
  }
  const it = await getIterator(ctx, container);
  for (let x = await nextItem(ctx, it); x !== undefined; x = await nextItem(ctx, it)) {
    if (await pyEquals(ctx, x, item)) return true;
  }
  return false;
}
