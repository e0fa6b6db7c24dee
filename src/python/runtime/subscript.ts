// Subscripts: obj[key], obj[key] = value, del obj[key]. Lists, tuples, strings, ranges and dicts are handled
// here; every other type through __getitem__/__setitem__/__delitem__ (tensors, arrays, user classes).

import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { PyInt, pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import { PyType, type PyObject } from '../objects/object.ts';
import { PyRange } from '../objects/range.ts';
import { PySlice } from '../objects/slice.ts';
import { codePoints, PyStr, pyStr } from '../objects/str.ts';
import { PyTuple, pyTuple } from '../objects/tuple.ts';
import { callObject } from './call.ts';
import { normalizeIndex, sliceBounds, sliceIndices } from './convert.ts';
import { toArray } from './iteration.ts';
import { keyReady } from './keys.ts';

const sequenceName = (obj: PyObject) =>
  obj instanceof PyList ? 'list' : obj instanceof PyTuple ? 'tuple' : obj instanceof PyStr ? 'string' : 'range object';

function indexOf(container: PyObject, key: PyObject, length: number, verb = ''): number {
  if (!(key instanceof PyInt)) {
    const what = container instanceof PyStr ? 'string' : container.type.name;
    throw pyError(PyExc.TypeError, `${what} indices must be integers or slices, not ${key.type.name}`);
  }
  const i = normalizeIndex(Number(key.value), length);
  if (i === null) throw pyError(PyExc.IndexError, `${sequenceName(container)}${verb} index out of range`);
  return i;
}

/** Indexing the built-in sequences and dicts; undefined when obj is none of them. */
export async function builtinGetItem(ctx: Context, obj: PyObject, key: PyObject): Promise<PyObject | undefined> {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const items = obj.items;
    if (key instanceof PySlice) {
      const picked = sliceIndices(sliceBounds(key, items.length)).map((i) => items[i]!);
      return obj instanceof PyList ? new PyList(picked) : pyTuple(picked);
    }
    return items[indexOf(obj, key, items.length)]!;
  }
  if (obj instanceof PyDict) {
    const ready = keyReady(ctx, key);
    if (ready !== undefined) await ready;
    const v = obj.get(key);
    if (v !== undefined) return v;
    const missing = obj.type.lookup('__missing__');
    if (missing !== undefined) return callObject(ctx, missing, [obj, key]);
    throw new PyBaseException(PyExc.KeyError, [key]);
  }
  if (obj instanceof PyStr) {
    const points = codePoints(obj.value);
    const length = points === null ? obj.value.length : points.length;
    if (key instanceof PySlice) {
      const b = sliceBounds(key, length);
      if (b.step === 1 && points === null) return pyStr(obj.value.slice(b.start, b.start + b.count));
      const chars = points ?? obj.value;
      return pyStr(sliceIndices(b).map((i) => chars[i]!).join(''));
    }
    const i = indexOf(obj, key, length);
    return pyStr(points === null ? obj.value[i]! : points[i]!);
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const b = sliceBounds(key, obj.length);
      return new PyRange(obj.at(b.start), obj.at(b.stop), b.step * obj.step);
    }
    return pyInt(obj.at(indexOf(obj, key, obj.length)));
  }
  return undefined;
}

/**
 * Sequences accept any object with __index__ as an index (a NumPy integer, a one-element integer tensor),
 * as CPython does.
 */
async function sequenceKey(ctx: Context, obj: PyObject, key: PyObject): Promise<PyObject> {
  if (key instanceof PyInt || key instanceof PySlice || obj instanceof PyDict) return key;
  if (!(obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyStr || obj instanceof PyRange)) return key;
  const index = key.type.lookup('__index__');
  return index === undefined ? key : callObject(ctx, index, [key]);
}

/** obj[key] */
export async function getItem(ctx: Context, obj: PyObject, key: PyObject): Promise<PyObject> {
  if (!obj.type.heap) {
    key = await sequenceKey(ctx, obj, key);
    const r = await builtinGetItem(ctx, obj, key);
    if (r !== undefined) return r;
  }
  const fn = obj.type.lookup('__getitem__');
  if (fn !== undefined) return callObject(ctx, fn, [obj, key]);
  const classGetItem = obj instanceof PyType ? obj.lookup('__class_getitem__') : undefined;
  if (classGetItem !== undefined) return callObject(ctx, classGetItem, [obj, key]);
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object is not subscriptable`);
}

/** Item assignment on lists and dicts; false when obj is neither. */
export async function builtinSetItem(ctx: Context, obj: PyObject, key: PyObject, value: PyObject): Promise<boolean> {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const values = await toArray(ctx, value);
      const b = sliceBounds(key, obj.items.length);
      if (b.step === 1) {
        const end = Math.max(b.start, b.stop);
        obj.items.splice(b.start, end - b.start, ...values);
      } else {
        if (values.length !== b.count) {
          throw pyError(
            PyExc.ValueError,
            `attempt to assign sequence of size ${values.length} to extended slice of size ${b.count}`,
          );
        }
        sliceIndices(b).forEach((i, k) => (obj.items[i] = values[k]!));
      }
      return true;
    }
    obj.items[indexOf(obj, key, obj.items.length, ' assignment')] = value;
    return true;
  }
  if (obj instanceof PyDict) {
    const ready = keyReady(ctx, key);
    if (ready !== undefined) await ready;
    obj.set(key, value);
    return true;
  }
  return false;
}

/** obj[key] = value */
export async function setItem(ctx: Context, obj: PyObject, key: PyObject, value: PyObject): Promise<void> {
  if (!obj.type.heap && (await builtinSetItem(ctx, obj, await sequenceKey(ctx, obj, key), value))) return;
  const fn = obj.type.lookup('__setitem__');
  if (fn !== undefined) {
    await callObject(ctx, fn, [obj, key, value]);
    return;
  }
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object does not support item assignment`);
}

/** Item deletion on lists and dicts; false when obj is neither. */
export function builtinDelItem(obj: PyObject, key: PyObject): boolean {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const b = sliceBounds(key, obj.items.length);
      const doomed = new Set(sliceIndices(b));
      obj.items = obj.items.filter((_, i) => !doomed.has(i));
      return true;
    }
    obj.items.splice(indexOf(obj, key, obj.items.length, ' assignment'), 1);
    return true;
  }
  if (obj instanceof PyDict) {
    if (obj.delete(key) === undefined) {
      throw new PyBaseException(PyExc.KeyError, [key]);
    }
    return true;
  }
  return false;
}

/** del obj[key] */
export async function delItem(ctx: Context, obj: PyObject, key: PyObject): Promise<void> {
  if (obj instanceof PyDict) await keyReady(ctx, key);
  if (!obj.type.heap && builtinDelItem(obj, await sequenceKey(ctx, obj, key))) return;
  const fn = obj.type.lookup('__delitem__');
  if (fn !== undefined) {
    await callObject(ctx, fn, [obj, key]);
    return;
  }
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object doesn't support item deletion`);
}
