// list and tuple: constructors, methods, and the sequence dunders (+, *, comparison, repr).

import { None, NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { iteratorOver } from '../objects/iterator.ts';
import { False, PyInt, pyBool, pyInt } from '../objects/int.ts';
import { listType, PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { PyTuple, pyTuple, tupleType } from '../objects/tuple.ts';
import { asIndex, given } from '../runtime/convert.ts';
import { nativeIterator, toArray } from '../runtime/iteration.ts';
import { addMembers, method } from '../runtime/native.ts';
import { compareSequences, pyEquals, type RichOp } from '../runtime/operators.ts';
import { builtinDelItem, builtinGetItem, builtinSetItem } from '../runtime/subscript.ts';
import { isTruthy } from '../runtime/truth.ts';
import { repr, reprOnce } from '../runtime/text.ts';
import { pyHash } from '../runtime/hashing.ts';
import { sortItems } from './sorting.ts';

function list(obj: PyObject): PyList {
  if (obj instanceof PyList) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'list' object but received a '${obj.type.name}'`);
}

function items(obj: PyObject): readonly PyObject[] {
  if (obj instanceof PyList || obj instanceof PyTuple) return obj.items;
  throw pyError(PyExc.TypeError, `descriptor requires a sequence but received a '${obj.type.name}'`);
}

/** Bounds for index()/count()-style start and stop arguments. */
function bounds(length: number, start: PyObject | undefined, stop: PyObject | undefined): [number, number] {
  const clamp = (v: PyObject | undefined, d: number) => {
    if (!given(v)) return d;
    const i = asIndex(v);
    return i < 0 ? Math.max(0, i + length) : Math.min(i, length);
  };
  return [clamp(start, 0), clamp(stop, length)];
}

function repeat(xs: readonly PyObject[], n: PyObject): PyObject[] | null {
  if (!(n instanceof PyInt)) return null;
  const count = Math.max(0, Number(n.value));
  const out: PyObject[] = [];
  for (let i = 0; i < count; i++) out.push(...xs);
  return out;
}

async function sequenceRepr(ctx: Context, obj: PyObject, open: string, close: string): Promise<string> {
  return reprOnce(ctx, obj, `${open}...${close}`, async () => {
    const parts: string[] = [];
    for (const x of items(obj)) parts.push(await repr(ctx, x));
    if (obj instanceof PyTuple && parts.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  });
}

/** The comparison dunders shared by list and tuple: only like compares with like. */
function comparisons(kind: typeof PyList | typeof PyTuple): Record<string, PyObject> {
  const make = (op: RichOp) =>
    method(['self', 'other'], (ctx, [self, other]) =>
      other instanceof kind ? compareSequences(ctx, op, items(self), other.items) : NotImplemented,
    );
  return {
    __eq__: make('Eq'),
    __ne__: make('NotEq'),
    __lt__: make('Lt'),
    __le__: make('LtE'),
    __gt__: make('Gt'),
    __ge__: make('GtE'),
  };
}

/** Methods list and tuple share: len, in, iteration, indexing, index(), count(). */
function sequenceMethods(typeName: string): Record<string, PyObject> {
  return {
    __len__: method(['self'], (_ctx, [self]) => pyInt(items(self).length)),
    __contains__: method(['self', 'item'], async (ctx, [self, item]) => {
      for (const x of items(self)) if (await pyEquals(ctx, x, item)) return pyBool(true);
      return False;
    }),
    __iter__: method(['self'], (_ctx, [self]) => nativeIterator(self)!),
    __getitem__: method(['self', 'key'], async (ctx, [self, key]) => (await builtinGetItem(ctx, self, key))!),
    index: method(['self', 'value', 'start?', 'stop?'], async (ctx, [self, value, start, stop]) => {
      const xs = items(self);
      const [a, b] = bounds(xs.length, start, stop);
      for (let i = a; i < b; i++) if (await pyEquals(ctx, xs[i]!, value)) return pyInt(i);
      throw pyError(PyExc.ValueError, typeName === 'list' ? `${await repr(ctx, value)} is not in list` : 'tuple.index(x): x not in tuple');
    }),
    count: method(['self', 'value'], async (ctx, [self, value]) => {
      let n = 0;
      for (const x of items(self)) if (await pyEquals(ctx, x, value)) n++;
      return pyInt(n);
    }),
  };
}

export function installList(): void {
  addMembers(listType, {
    ...sequenceMethods('list'),
    ...comparisons(PyList),
    __init__: method(['self', 'iterable?'], async (ctx, [self, iterable]) => {
      list(self).items = iterable === undefined ? [] : await toArray(ctx, iterable);
      return None;
    }),
    __repr__: method(['self'], async (ctx, [self]) => pyStr(await sequenceRepr(ctx, self, '[', ']'))),
    __setitem__: method(['self', 'key', 'value'], async (ctx, [self, key, value]) => {
      await builtinSetItem(ctx, list(self), key, value);
      return None;
    }),
    __delitem__: method(['self', 'key'], (_ctx, [self, key]) => {
      builtinDelItem(list(self), key);
      return None;
    }),
    __reversed__: method(['self'], (_ctx, [self]) => iteratorOver('list_reverseiterator', [...list(self).items].reverse())),
    __add__: method(['self', 'other'], (_ctx, [self, other]) =>
      other instanceof PyList ? new PyList([...list(self).items, ...other.items]) : NotImplemented,
    ),
    __iadd__: method(['self', 'other'], async (ctx, [self, other]) => {
      list(self).items.push(...(await toArray(ctx, other)));
      return self;
    }),
    __mul__: method(['self', 'n'], (_ctx, [self, n]) => {
      const r = repeat(list(self).items, n);
      return r === null ? NotImplemented : new PyList(r);
    }),
    __rmul__: method(['self', 'n'], (_ctx, [self, n]) => {
      const r = repeat(list(self).items, n);
      return r === null ? NotImplemented : new PyList(r);
    }),
    __imul__: method(['self', 'n'], (_ctx, [self, n]) => {
      const r = repeat(list(self).items, n);
      if (r === null) return NotImplemented;
      list(self).items = r;
      return self;
    }),
    append: method(['self', 'object'], (_ctx, [self, x]) => {
      list(self).items.push(x);
      return None;
    }),
    extend: method(['self', 'iterable'], async (ctx, [self, iterable]) => {
      list(self).items.push(...(await toArray(ctx, iterable)));
      return None;
    }),
    insert: method(['self', 'index', 'object'], (_ctx, [self, index, x]) => {
      const xs = list(self).items;
      let i = asIndex(index);
      if (i < 0) i = Math.max(0, i + xs.length);
      xs.splice(Math.min(i, xs.length), 0, x);
      return None;
    }),
    pop: method(['self', 'index?'], (_ctx, [self, index]) => {
      const xs = list(self).items;
      if (xs.length === 0) throw pyError(PyExc.IndexError, 'pop from empty list');
      let i = index === undefined ? xs.length - 1 : asIndex(index);
      if (i < 0) i += xs.length;
      if (i < 0 || i >= xs.length) throw pyError(PyExc.IndexError, 'pop index out of range');
      return xs.splice(i, 1)[0]!;
    }),
    remove: method(['self', 'value'], async (ctx, [self, value]) => {
      const xs = list(self).items;
      for (let i = 0; i < xs.length; i++) {
        if (await pyEquals(ctx, xs[i]!, value)) {
          xs.splice(i, 1);
          return None;
        }
      }
      throw pyError(PyExc.ValueError, 'list.remove(x): x not in list');
    }),
    clear: method(['self'], (_ctx, [self]) => {
      list(self).items = [];
      return None;
    }),
    copy: method(['self'], (_ctx, [self]) => new PyList([...list(self).items])),
    reverse: method(['self'], (_ctx, [self]) => {
      list(self).items.reverse();
      return None;
    }),
    sort: method(['self', '*', 'key?', 'reverse?'], async (ctx, [self, , key, reverse]) => {
      const l = list(self);
      const before = l.items;
      // CPython empties the list while sorting so that a key function mutating it is detected.
      l.items = [];
      const sorted = await sortItems(ctx, before, given(key) ? key : null, reverse !== undefined && (await isTruthy(ctx, reverse)));
      if (l.items.length > 0) throw pyError(PyExc.ValueError, 'list modified during sort');
      l.items = sorted;
      return None;
    }),
  });

  tupleType.construct = async (ctx, type, args) => {
    const xs = args[0] === undefined ? [] : await toArray(ctx, args[0]);
    return type === tupleType ? pyTuple(xs) : new PyTuple(xs, type);
  };
  addMembers(tupleType, {
    ...sequenceMethods('tuple'),
    ...comparisons(PyTuple),
    __repr__: method(['self'], async (ctx, [self]) => pyStr(await sequenceRepr(ctx, self, '(', ')'))),
    __hash__: method(['self'], async (ctx, [self]) => pyInt(await pyHash(ctx, pyTuple(items(self))))),
    __add__: method(['self', 'other'], (_ctx, [self, other]) =>
      other instanceof PyTuple ? pyTuple([...items(self), ...other.items]) : NotImplemented,
    ),
    __mul__: method(['self', 'n'], (_ctx, [self, n]) => {
      const r = repeat(items(self), n);
      return r === null ? NotImplemented : pyTuple(r);
    }),
    __rmul__: method(['self', 'n'], (_ctx, [self, n]) => {
      const r = repeat(items(self), n);
      return r === null ? NotImplemented : pyTuple(r);
    }),
  });
}
