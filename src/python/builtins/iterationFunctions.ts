// The built-in functions that consume or produce iterables: enumerate, zip, map, filter, reversed, sorted,
// sum, min, max, any, all, iter, next.

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { floatType, PyFloat } from '../objects/float.ts';
import { boolType, False, intType, PyInt, pyInt, True } from '../objects/int.ts';
import { PyIterator } from '../objects/iterator.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { given } from '../runtime/convert.ts';
import { getIterator, nextItem, toArray } from '../runtime/iteration.ts';
import { nativeFunction } from '../runtime/native.ts';
import { binaryOp, pyEquals, richCompare } from '../runtime/operators.ts';
import { getItem } from '../runtime/subscript.ts';
import { isTruthy, length } from '../runtime/truth.ts';
import { intBinary } from '../runtime/numbers.ts';
import { sortItems } from './sorting.ts';

const enumerate = nativeFunction('enumerate', ['iterable', 'start?'], async (ctx, [iterable, start]) => {
  const it = await getIterator(ctx, iterable);
  let i: PyObject = start === undefined ? pyInt(0) : start;
  return new PyIterator('enumerate', async (c) => {
    const item = await nextItem(c, it);
    if (item === undefined) return undefined;
    const pair = pyTuple([i, item]);
    i = await binaryOp(c, 'Add', i, pyInt(1));
    return pair;
  }, [it]);
});

const zip = nativeFunction('zip', ['*iterables', '*', 'strict?'], async (ctx, [iterables, , strict]) => {
  const its: PyObject[] = [];
  for (const x of iterables) its.push(await getIterator(ctx, x));
  const checkLengths = strict !== undefined && (await isTruthy(ctx, strict));
  let done = false;
  return new PyIterator('zip', async (c) => {
    if (done || its.length === 0) return undefined;
    const items: PyObject[] = [];
    for (let k = 0; k < its.length; k++) {
      const item = await nextItem(c, its[k]!);
      if (item === undefined) {
        done = true;
        if (checkLengths) await checkStrict(c, its, k);
        return undefined;
      }
      items.push(item);
    }
    return pyTuple(items);
  }, its);
});

async function checkStrict(ctx: Context, its: PyObject[], exhausted: number): Promise<void> {
  if (exhausted > 0) {
    const plural = exhausted === 1 ? ' ' : 's 1-';
    throw pyError(PyExc.ValueError, `zip() argument ${exhausted + 1} is shorter than argument${plural}${exhausted}`);
  }
  for (let k = 1; k < its.length; k++) {
    if ((await nextItem(ctx, its[k]!)) !== undefined) {
      const plural = k === 1 ? ' ' : 's 1-';
      throw pyError(PyExc.ValueError, `zip() argument ${k + 1} is longer than argument${plural}${k}`);
    }
  }
}

const map = nativeFunction('map', ['function', 'iterable', '*iterables'], async (ctx, [fn, first, rest]) => {
  const its: PyObject[] = [await getIterator(ctx, first)];
  for (const x of rest) its.push(await getIterator(ctx, x));
  return new PyIterator('map', async (c) => {
    const args: PyObject[] = [];
    for (const it of its) {
      const item = await nextItem(c, it);
      if (item === undefined) return undefined;
      args.push(item);
    }
    return callObject(c, fn, args);
  }, [fn, its]);
});

const filter = nativeFunction('filter', ['function', 'iterable'], async (ctx, [fn, iterable]) => {
  const it = await getIterator(ctx, iterable);
  return new PyIterator('filter', async (c) => {
    for (let item = await nextItem(c, it); item !== undefined; item = await nextItem(c, it)) {
      const keep = fn === None ? item : await callObject(c, fn, [item]);
      if (await isTruthy(c, keep)) return item;
    }
    return undefined;
  }, [fn, it]);
});

const reversed = nativeFunction('reversed', ['sequence'], async (ctx, [seq]) => {
  const r = seq.type.lookup('__reversed__');
  if (r !== undefined) return callObject(ctx, r, [seq]);
  if (seq.type.lookup('__getitem__') === undefined && !(seq instanceof PyStr)) {
    throw pyError(PyExc.TypeError, `'${seq.type.name}' object is not reversible`);
  }
  let i = (await length(ctx, seq)) - 1;
  return new PyIterator('reversed', async (c) => (i >= 0 ? getItem(c, seq, pyInt(i--)) : undefined), [seq]);
});

const sorted = nativeFunction('sorted', ['iterable', '*', 'key?', 'reverse?'], async (ctx, [iterable, , key, reverse]) => {
  const items = await toArray(ctx, iterable);
  const rev = reverse !== undefined && (await isTruthy(ctx, reverse));
  return new PyList(await sortItems(ctx, items, given(key) ? key : null, rev));
});

const isPlainNumber = (o: PyObject) => o.type === intType || o.type === boolType || o.type === floatType;

const sum = nativeFunction('sum', ['iterable', 'start?'], async (ctx, [iterable, start]) => {
  let total: PyObject = start ?? pyInt(0);
  if (total instanceof PyStr) throw pyError(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const items = await toArray(ctx, iterable);
  for (const item of items) {
    // Plain left-to-right addition, as CPython 3.11 does (no compensated summation).
    if (isPlainNumber(total) && isPlainNumber(item)) {
      if (total instanceof PyInt && item instanceof PyInt) total = intBinary('Add', total.value, item.value)!;
      else total = new PyFloat(Number((total as PyInt | PyFloat).value) + Number((item as PyInt | PyFloat).value));
    } else {
      total = await binaryOp(ctx, 'Add', total, item);
    }
  }
  return total;
});

function extreme(name: 'min' | 'max') {
  return nativeFunction(name, ['*args', '*', 'key?', 'default?'], async (ctx, [args, , key, dflt]) => {
    let items: PyObject[];
    if (args.length === 0) throw pyError(PyExc.TypeError, `${name} expected at least 1 argument, got 0`);
    if (args.length === 1) {
      items = await toArray(ctx, args[0]!);
    } else {
      if (dflt !== undefined) {
        throw pyError(PyExc.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
      }
      items = args;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw pyError(PyExc.ValueError, `${name}() arg is an empty sequence`);
    }
    const op = name === 'max' ? 'Gt' : 'Lt';
    let best = items[0]!;
    let bestKey = given(key) ? await callObject(ctx, key, [best]) : best;
    for (const item of items.slice(1)) {
      const k = given(key) ? await callObject(ctx, key, [item]) : item;
      if (await isTruthy(ctx, await richCompare(ctx, op, k, bestKey))) {
        best = item;
        bestKey = k;
      }
    }
    return best;
  });
}

const any = nativeFunction('any', ['iterable'], async (ctx, [iterable]) => {
  const it = await getIterator(ctx, iterable);
  for (let x = await nextItem(ctx, it); x !== undefined; x = await nextItem(ctx, it)) if (await isTruthy(ctx, x)) return True;
  return False;
});

const all = nativeFunction('all', ['iterable'], async (ctx, [iterable]) => {
  const it = await getIterator(ctx, iterable);
  for (let x = await nextItem(ctx, it); x !== undefined; x = await nextItem(ctx, it)) if (!(await isTruthy(ctx, x))) return False;
  return True;
});

const iter = nativeFunction('iter', ['object', 'sentinel?'], async (ctx, [obj, sentinel]) => {
  if (sentinel === undefined) return getIterator(ctx, obj);
  let done = false;
  return new PyIterator('callable_iterator', async (c) => {
    if (done) return undefined;
    const v = await callObject(c, obj);
    if (await pyEquals(c, v, sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  }, [obj, sentinel]);
});

const next = nativeFunction('next', ['iterator', 'default?'], async (ctx, [it, dflt]) => {
  if (!(it instanceof PyIterator) && it.type.lookup('__next__') === undefined) {
    throw pyError(PyExc.TypeError, `'${it.type.name}' object is not an iterator`);
  }
  const v = await nextItem(ctx, it);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw new PyBaseException(PyExc.StopIteration, []);
});

export const iterationFunctions: PyObject[] = [
  enumerate,
  zip,
  map,
  filter,
  reversed,
  sorted,
  sum,
  extreme('min'),
  extreme('max'),
  any,
  all,
  iter,
  next,
];
