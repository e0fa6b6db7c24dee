// dict: constructor, methods (get, items, update, setdefault, pop, ...), views, and repr.

import { None, NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { dictType, PyDict } from '../objects/dict.ts';
import { PyDictView } from '../objects/dictView.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { iteratorOver } from '../objects/iterator.ts';
import { pyBool, pyInt } from '../objects/int.ts';
import { PyType, type PyObject } from '../objects/object.ts';
import { PySet } from '../objects/set.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { nativeIterator, toArray } from '../runtime/iteration.ts';
import { addMember, addMembers, classMethod, method } from '../runtime/native.ts';
import { pyEquals } from '../runtime/operators.ts';
import { getItem } from '../runtime/subscript.ts';
import { repr, reprOnce } from '../runtime/text.ts';
import { keyReady, keysReady } from '../runtime/keys.ts';

function dict(obj: PyObject): PyDict {
  if (obj instanceof PyDict) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'dict' object but received a '${obj.type.name}'`);
}

/** dict.update / dict(x): from a mapping (anything with keys()) or an iterable of pairs, then keywords. */
export async function updateDict(ctx: Context, d: PyDict, source: PyObject | undefined, kwargs: Map<string, PyObject>): Promise<void> {
  if (source instanceof PyDict) {
    for (const { key, value } of [...source.entries.values()]) d.set(key, value);
  } else if (source !== undefined && source.type.lookup('keys') !== undefined) {
    for (const key of await toArray(ctx, await callObject(ctx, source.type.lookup('keys')!, [source]))) {
      const value = await getItem(ctx, source, key);
      await keyReady(ctx, key);
      d.set(key, value);
    }
  } else if (source !== undefined) {
    const pairs = await toArray(ctx, source);
    for (let i = 0; i < pairs.length; i++) {
      const pair = await toArray(ctx, pairs[i]!).catch(() => {
        throw pyError(PyExc.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      });
      if (pair.length !== 2) {
        throw pyError(
          PyExc.ValueError,
          `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
        );
      }
      await keyReady(ctx, pair[0]!);
      d.set(pair[0]!, pair[1]!);
    }
  }
  for (const [k, v] of kwargs) d.set(pyStr(k), v);
}

export async function dictRepr(ctx: Context, d: PyDict): Promise<string> {
  return reprOnce(ctx, d, '{...}', async () => {
    const parts: string[] = [];
    for (const { key, value } of [...d.entries.values()]) parts.push(`${await repr(ctx, key)}: ${await repr(ctx, value)}`);
    return `{${parts.join(', ')}}`;
  });
}

function viewItems(v: PyDictView): PyObject[] {
  const entries = [...v.mapping.entries.values()];
  if (v.kind === 'keys') return entries.map((e) => e.key);
  if (v.kind === 'values') return entries.map((e) => e.value);
  return entries.map((e) => pyTuple([e.key, e.value]));
}

async function dictEquals(ctx: Context, a: PyDict, b: PyDict): Promise<boolean> {
  if (a.size !== b.size) return false;
  for (const { key, value } of a.entries.values()) {
    const other = b.get(key);
    if (other === undefined || !(await pyEquals(ctx, value, other))) return false;
  }
  return true;
}

export function installDict(): void {
  addMembers(dictType, {
    __init__: method(['self', 'source?', '**kwargs'], async (ctx, [self, source, kwargs]) => {
      await updateDict(ctx, dict(self), source, kwargs);
      return None;
    }),
    __repr__: method(['self'], async (ctx, [self]) => pyStr(await dictRepr(ctx, dict(self)))),
    __len__: method(['self'], (_ctx, [self]) => pyInt(dict(self).size)),
    __contains__: method(['self', 'key'], async (ctx, [self, key]) => {
      await keyReady(ctx, key);
      return pyBool(dict(self).has(key));
    }),
    __iter__: method(['self'], (_ctx, [self]) => nativeIterator(new PyDictView(dict(self), 'keys'))!),
    __reversed__: method(['self'], (_ctx, [self]) => iteratorOver('dict_reversekeyiterator', dict(self).keys().reverse())),
    __getitem__: method(['self', 'key'], async (ctx, [self, key]) => {
      await keyReady(ctx, key);
      const v = dict(self).get(key);
      if (v !== undefined) return v;
      const missing = self.type.lookup('__missing__');
      if (missing !== undefined) return callObject(ctx, missing, [self, key]);
      throw new PyBaseException(PyExc.KeyError, [key]);
    }),
    __setitem__: method(['self', 'key', 'value'], async (ctx, [self, key, value]) => {
      await keyReady(ctx, key);
      dict(self).set(key, value);
      return None;
    }),
    __delitem__: method(['self', 'key'], async (ctx, [self, key]) => {
      await keyReady(ctx, key);
      if (dict(self).delete(key) === undefined) throw new PyBaseException(PyExc.KeyError, [key]);
      return None;
    }),
    __eq__: method(['self', 'other'], async (ctx, [self, other]) =>
      other instanceof PyDict ? pyBool(await dictEquals(ctx, dict(self), other)) : NotImplemented,
    ),
    __ne__: method(['self', 'other'], async (ctx, [self, other]) =>
      other instanceof PyDict ? pyBool(!(await dictEquals(ctx, dict(self), other))) : NotImplemented,
    ),
    __or__: method(['self', 'other'], async (ctx, [self, other]) => {
      if (!(other instanceof PyDict)) return NotImplemented;
      const d = new PyDict();
      await updateDict(ctx, d, self, new Map());
      await updateDict(ctx, d, other, new Map());
      return d;
    }),
    __ior__: method(['self', 'other'], async (ctx, [self, other]) => {
      await updateDict(ctx, dict(self), other, new Map());
      return self;
    }),
    keys: method(['self'], (_ctx, [self]) => new PyDictView(dict(self), 'keys')),
    values: method(['self'], (_ctx, [self]) => new PyDictView(dict(self), 'values')),
    items: method(['self'], (_ctx, [self]) => new PyDictView(dict(self), 'items')),
    get: method(['self', 'key', 'default?'], async (ctx, [self, key, dflt]) => {
      await keyReady(ctx, key);
      return dict(self).get(key) ?? dflt ?? None;
    }),
    setdefault: method(['self', 'key', 'default?'], async (ctx, [self, key, dflt]) => {
      await keyReady(ctx, key);
      const d = dict(self);
      const v = d.get(key);
      if (v !== undefined) return v;
      d.set(key, dflt ?? None);
      return dflt ?? None;
    }),
    pop: method(['self', 'key', 'default?'], async (ctx, [self, key, dflt]) => {
      await keyReady(ctx, key);
      const v = dict(self).delete(key);
      if (v !== undefined) return v;
      if (dflt !== undefined) return dflt;
      throw new PyBaseException(PyExc.KeyError, [key]);
    }),
    popitem: method(['self'], (_ctx, [self]) => {
      const d = dict(self);
      const last = [...d.entries.values()].pop();
      if (last === undefined) throw pyError(PyExc.KeyError, 'popitem(): dictionary is empty');
      d.delete(last.key);
      return pyTuple([last.key, last.value]);
    }),
    update: method(['self', 'source?', '**kwargs'], async (ctx, [self, source, kwargs]) => {
      await updateDict(ctx, dict(self), source, kwargs);
      return None;
    }),
    clear: method(['self'], (_ctx, [self]) => {
      dict(self).entries.clear();
      return None;
    }),
    copy: method(['self'], async (ctx, [self]) => {
      const d = new PyDict();
      await updateDict(ctx, d, self, new Map());
      return d;
    }),
  });
  addMember(
    dictType,
    'fromkeys',
    classMethod(
      method(['cls', 'iterable', 'value?'], async (ctx, [cls, iterable, value]) => {
        const d = await callObject(ctx, cls as PyType);
        for (const k of await toArray(ctx, iterable)) {
          await keyReady(ctx, k);
          dict(d).set(k, value ?? None);
        }
        return d;
      }),
    ),
  );

  for (const kind of ['keys', 'values', 'items'] as const) {
    const viewType = new PyDictView(new PyDict(), kind).type;
    addMembers(viewType, {
      __len__: method(['self'], (_ctx, [self]) => pyInt((self as PyDictView).mapping.size)),
      __iter__: method(['self'], (_ctx, [self]) => nativeIterator(self)!),
      __reversed__: method(['self'], (_ctx, [self]) => iteratorOver(`dict_reverse${kind.slice(0, -1)}iterator`, viewItems(self as PyDictView).reverse())),
      __repr__: method(['self'], async (ctx, [self]) => {
        const parts: string[] = [];
        for (const x of viewItems(self as PyDictView)) parts.push(await repr(ctx, x));
        return pyStr(`dict_${kind}([${parts.join(', ')}])`);
      }),
      __contains__: method(['self', 'item'], async (ctx, [self, item]) => {
        const v = self as PyDictView;
        await keysReady(ctx, [item]);
        if (kind === 'keys') return pyBool(v.mapping.has(item));
        for (const x of viewItems(v)) if (await pyEquals(ctx, x, item)) return pyBool(true);
        return pyBool(false);
      }),
      __eq__: method(['self', 'other'], async (ctx, [self, other]) => {
        if (kind === 'values') return pyBool(self === other);
        const items = viewItems(self as PyDictView);
        const theirs = other instanceof PyDictView ? viewItems(other) : other instanceof PySet ? other.items() : null;
        if (theirs === null) return NotImplemented;
        await keysReady(ctx, [...items, ...theirs]);
        const mine = new PySet(items);
        return pyBool(theirs.length === mine.size && theirs.every((x) => mine.has(x)));
      }),
    });
    if (kind !== 'values') {
      // Set operations on keys views return sets: d.keys() & other.
      for (const [name, op] of [['__and__', 'intersection'], ['__or__', 'union'], ['__sub__', 'difference'], ['__xor__', 'symmetric_difference']] as const) {
        addMember(
          viewType,
          name,
          method(['self', 'other'], async (ctx, [self, other]) => {
            const items = viewItems(self as PyDictView);
            await keysReady(ctx, items);
            const set = new PySet(items);
            const fn = set.type.lookup(op)!;
            return callObject(ctx, fn, [set, other]);
          }),
        );
      }
    }
  }
}
