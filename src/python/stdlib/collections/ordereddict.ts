// collections.OrderedDict: a dict (already ordered) with move_to_end, popitem(last=False), order-sensitive
// equality between OrderedDicts, and its own repr.

import { None, NotImplemented } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { dictType, PyDict } from '../../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../../objects/exception.ts';
import { pyBool } from '../../objects/int.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { updateDict } from '../../builtins/dict.ts';
import { callObject } from '../../runtime/call.ts';
import { keyReady } from '../../runtime/keys.ts';
import { defineClass, method } from '../../runtime/native.ts';
import { pyEquals } from '../../runtime/operators.ts';
import { repr, reprOnce } from '../../runtime/text.ts';
import { isTruthy } from '../../runtime/truth.ts';

function ordered(obj: PyObject): PyDict {
  if (obj instanceof PyDict) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'collections.OrderedDict' object but received a '${obj.type.name}'`);
}

async function sameOrder(ctx: Context, a: PyDict, b: PyDict): Promise<boolean> {
  const x = [...a.entries.values()];
  const y = [...b.entries.values()];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (!(await pyEquals(ctx, x[i]!.key, y[i]!.key)) || !(await pyEquals(ctx, x[i]!.value, y[i]!.value))) return false;
  }
  return true;
}

export const orderedDictType: PyType = defineClass({
  name: 'OrderedDict',
  module: 'collections',
  bases: [dictType],
  construct: (_ctx, type) => new PyDict(type),
  members: {
    __init__: method(['self', 'other?', '**kwargs'], async (ctx, [self, other, kwargs]) => {
      await updateDict(ctx, ordered(self), other, kwargs);
      return None;
    }),
    __repr__: method(['self'], async (ctx, [self]) => {
      const d = ordered(self);
      if (d.size === 0) return pyStr(`${d.type.name}()`);
      const text = await reprOnce(ctx, d, '...', async () => {
        const parts: string[] = [];
        for (const { key, value } of [...d.entries.values()]) parts.push(`(${await repr(ctx, key)}, ${await repr(ctx, value)})`);
        return parts.join(', ');
      });
      return pyStr(`${d.type.name}([${text}])`);
    }),
    move_to_end: method(['self', 'key', 'last?'], async (ctx, [self, key, last]) => {
      const d = ordered(self);
      await keyReady(ctx, key);
      const value = d.get(key);
      if (value === undefined) throw new PyBaseException(PyExc.KeyError, [key]);
      const toEnd = last === undefined || (await isTruthy(ctx, last));
      d.delete(key);
      if (toEnd) {
        d.set(key, value);
        return None;
      }
      const others = [...d.entries.values()].map((e) => [e.key, e.value] as const);
      d.entries.clear();
      d.set(key, value);
      for (const [k, v] of others) d.set(k, v);
      return None;
    }),
    popitem: method(['self', 'last?'], async (ctx, [self, last]) => {
      const d = ordered(self);
      const all = [...d.entries.values()];
      if (all.length === 0) throw pyError(PyExc.KeyError, 'dictionary is empty');
      const fromEnd = last === undefined || (await isTruthy(ctx, last));
      const entry = fromEnd ? all[all.length - 1]! : all[0]!;
      const value = entry.value;
      d.delete(entry.key);
      return pyTuple([entry.key, value]);
    }),
    __eq__: method(['self', 'other'], async (ctx, [self, other]) => {
      if (!(other instanceof PyDict)) return NotImplemented;
      const d = ordered(self);
      if (other.type.isSubtypeOf(orderedDictType)) return pyBool(await sameOrder(ctx, d, other));
      // Against a plain dict, order does not matter.
      return callObject(ctx, dictType.dict.get('__eq__')!, [d, other]);
    }),
    copy: method(['self'], async (ctx, [self]) => {
      const d = ordered(self);
      const copy = new PyDict(d.type);
      await updateDict(ctx, copy, d, new Map());
      return copy;
    }),
  },
});
