// collections.deque: a double-ended queue (appendleft/popleft, rotate), optionally bounded by maxlen, in which
// case adding at one end drops from the other.

import { None, NotImplemented } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { iteratorOver } from '../../objects/iterator.ts';
import { PyInt, pyBool, pyInt } from '../../objects/int.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { asIndex, given, normalizeIndex } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { pyEquals } from '../../runtime/operators.ts';
import { repr, reprOnce } from '../../runtime/text.ts';

export class PyDeque extends PyObject {
  items: PyObject[] = [];
  maxlen: number | null = null;

  /** Appends at the right (or left), dropping from the other end past maxlen. */
  push(item: PyObject, left = false): void {
    if (this.maxlen === 0) return;
    if (left) this.items.unshift(item);
    else this.items.push(item);
    if (this.maxlen !== null && this.items.length > this.maxlen) {
      if (left) this.items.pop();
      else this.items.shift();
    }
  }
}

function deque(obj: PyObject | undefined): PyDeque {
  if (obj instanceof PyDeque) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'collections.deque' object but received a '${obj?.type.name ?? 'None'}'`);
}

function position(d: PyDeque, index: PyObject): number {
  if (!(index instanceof PyInt)) throw pyError(PyExc.TypeError, `sequence index must be integer, not '${index.type.name}'`);
  const i = normalizeIndex(Number(index.value), d.items.length);
  if (i === null) throw pyError(PyExc.IndexError, 'deque index out of range');
  return i;
}

async function indexOf(ctx: Context, d: PyDeque, x: PyObject): Promise<number> {
  for (let i = 0; i < d.items.length; i++) if (await pyEquals(ctx, d.items[i]!, x)) return i;
  return -1;
}

export const dequeType: PyType = defineClass({
  name: 'deque',
  module: 'collections',
  construct: (_ctx, type) => new PyDeque(type),
  members: {
    __init__: method(['self', 'iterable?', 'maxlen?'], async (ctx, [self, iterable, maxlen]) => {
      const d = deque(self);
      d.items = [];
      d.maxlen = given(maxlen) ? asIndex(maxlen) : null;
      if (d.maxlen !== null && d.maxlen < 0) throw pyError(PyExc.ValueError, 'maxlen must be non-negative');
      if (iterable !== undefined) for (const x of await toArray(ctx, iterable)) d.push(x);
      return None;
    }),
    append: method(['self', 'x'], (_ctx, [self, x]) => (deque(self).push(x), None)),
    appendleft: method(['self', 'x'], (_ctx, [self, x]) => (deque(self).push(x, true), None)),
    extend: method(['self', 'iterable'], async (ctx, [self, iterable]) => {
      for (const x of await toArray(ctx, iterable)) deque(self).push(x);
      return None;
    }),
    extendleft: method(['self', 'iterable'], async (ctx, [self, iterable]) => {
      for (const x of await toArray(ctx, iterable)) deque(self).push(x, true);
      return None;
    }),
    pop: method(['self'], (_ctx, [self]) => {
      const x = deque(self).items.pop();
      if (x === undefined) throw pyError(PyExc.IndexError, 'pop from an empty deque');
      return x;
    }),
    popleft: method(['self'], (_ctx, [self]) => {
      const x = deque(self).items.shift();
      if (x === undefined) throw pyError(PyExc.IndexError, 'pop from an empty deque');
      return x;
    }),
    rotate: method(['self', 'n?'], (_ctx, [self, n]) => {
      const d = deque(self);
      const len = d.items.length;
      if (len > 1) {
        const k = (((given(n) ? asIndex(n) : 1) % len) + len) % len;
        d.items = [...d.items.slice(len - k), ...d.items.slice(0, len - k)];
      }
      return None;
    }),
    clear: method(['self'], (_ctx, [self]) => ((deque(self).items = []), None)),
    copy: method(['self'], (_ctx, [self]) => {
      const d = deque(self);
      const copy = new PyDeque(d.type);
      copy.items = [...d.items];
      copy.maxlen = d.maxlen;
      return copy;
    }),
    count: method(['self', 'x'], async (ctx, [self, x]) => {
      let n = 0;
      for (const item of deque(self).items) if (await pyEquals(ctx, item, x)) n++;
      return pyInt(n);
    }),
    index: method(['self', 'x'], async (ctx, [self, x]) => {
      const i = await indexOf(ctx, deque(self), x);
      if (i < 0) throw pyError(PyExc.ValueError, `${await repr(ctx, x)} is not in deque`);
      return pyInt(i);
    }),
    remove: method(['self', 'x'], async (ctx, [self, x]) => {
      const d = deque(self);
      const i = await indexOf(ctx, d, x);
      if (i < 0) throw pyError(PyExc.ValueError, `${await repr(ctx, x)} is not in deque`);
      d.items.splice(i, 1);
      return None;
    }),
    reverse: method(['self'], (_ctx, [self]) => (deque(self).items.reverse(), None)),
    maxlen: getter((_ctx, self) => {
      const m = deque(self).maxlen;
      return m === null ? None : pyInt(m);
    }),
    __len__: method(['self'], (_ctx, [self]) => pyInt(deque(self).items.length)),
    __iter__: method(['self'], (_ctx, [self]) => iteratorOver('_collections._deque_iterator', [...deque(self).items])),
    __reversed__: method(['self'], (_ctx, [self]) => iteratorOver('_collections._deque_reverse_iterator', [...deque(self).items].reverse())),
    __contains__: method(['self', 'x'], async (ctx, [self, x]) => pyBool((await indexOf(ctx, deque(self), x)) >= 0)),
    __getitem__: method(['self', 'index'], (_ctx, [self, index]) => deque(self).items[position(deque(self), index)]!),
    __setitem__: method(['self', 'index', 'value'], (_ctx, [self, index, value]) => {
      deque(self).items[position(deque(self), index)] = value;
      return None;
    }),
    __delitem__: method(['self', 'index'], (_ctx, [self, index]) => {
      deque(self).items.splice(position(deque(self), index), 1);
      return None;
    }),
    __iadd__: method(['self', 'iterable'], async (ctx, [self, iterable]) => {
      for (const x of await toArray(ctx, iterable)) deque(self).push(x);
      return self;
    }),
    __eq__: method(['self', 'other'], async (ctx, [self, other]) => {
      if (!(other instanceof PyDeque)) return NotImplemented;
      const a = deque(self).items;
      if (a.length !== other.items.length) return pyBool(false);
      for (let i = 0; i < a.length; i++) if (!(await pyEquals(ctx, a[i]!, other.items[i]!))) return pyBool(false);
      return pyBool(true);
    }),
    __repr__: method(['self'], async (ctx, [self]) => {
      const d = deque(self);
      const body = await reprOnce(ctx, d, '[...]', async () => {
        const parts: string[] = [];
        for (const x of d.items) parts.push(await repr(ctx, x));
        return `[${parts.join(', ')}]`;
      });
      return pyStr(d.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${d.maxlen})`);
    }),
  },
});
dequeType.dict.set('__hash__', None);
