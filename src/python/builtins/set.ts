// set and frozenset: constructors, methods and operators (| & - ^, subset comparisons).

import { None, NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { pyBool, pyInt } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { frozensetType, PyFrozenSet, PySet, setType } from '../objects/set.ts';
import { pyStr } from '../objects/str.ts';
import { setIterator, toArray } from '../runtime/iteration.ts';
import { addMembers, method } from '../runtime/native.ts';
import { repr, reprOnce } from '../runtime/text.ts';
import { keyReady, keysReady } from '../runtime/keys.ts';

function set(obj: PyObject): PySet {
  if (obj instanceof PySet) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'set' object but received a '${obj.type.name}'`);
}

/** A new set of the same kind (set or frozenset) as `like`. */
function sameKind(like: PySet, items: Iterable<PyObject>): PySet {
  return like instanceof PyFrozenSet ? new PyFrozenSet(items) : new PySet(items);
}

/** The members of a set, or the items of any other iterable, with their keys ready (runtime/keys.ts). */
async function members(ctx: Context, obj: PyObject): Promise<PyObject[]> {
  if (obj instanceof PySet) return obj.items();
  const items = await toArray(ctx, obj);
  await keysReady(ctx, items);
  return items;
}

/** The members of each argument, in order (one at a time: iterating may run Python code). */
async function allMembers(ctx: Context, others: PyObject[]): Promise<PyObject[][]> {
  const out: PyObject[][] = [];
  for (const o of others) out.push(await members(ctx, o));
  return out;
}

function union(a: PySet, others: PyObject[][]): PySet {
  const r = sameKind(a, a);
  for (const o of others) for (const x of o) r.add(x);
  return r;
}

function intersection(a: PySet, others: PyObject[][]): PySet {
  let keep = a.items();
  for (const o of others) {
    const other = new PySet(o);
    keep = keep.filter((x) => other.has(x));
  }
  return sameKind(a, keep);
}

function difference(a: PySet, others: PyObject[][]): PySet {
  let keep = a.items();
  for (const o of others) {
    const other = new PySet(o);
    keep = keep.filter((x) => !other.has(x));
  }
  return sameKind(a, keep);
}

function symmetricDifference(a: PySet, other: PyObject[]): PySet {
  const b = new PySet(other);
  return sameKind(a, [...a.items().filter((x) => !b.has(x)), ...b.items().filter((x) => !a.has(x))]);
}

const isSubset = (a: PySet, b: PySet) => a.items().every((x) => b.has(x));

function operator(f: (a: PySet, b: PySet) => PyObject) {
  return method(['self', 'other'], (_ctx, [self, other]) => (other instanceof PySet ? f(set(self), other) : NotImplemented));
}

function replaceContents(target: PySet, from: PySet): void {
  target.clear();
  for (const x of from.items()) target.add(x);
}

async function setRepr(ctx: Context, s: PySet): Promise<string> {
  const name = s.type.name;
  return reprOnce(ctx, s, `${name}(...)`, async () => {
    if (s.size === 0) return `${name}()`;
    const parts: string[] = [];
    for (const x of s.items()) parts.push(await repr(ctx, x));
    const body = `{${parts.join(', ')}}`;
    return s instanceof PyFrozenSet || s.type !== setType ? `${name}(${body})` : body;
  });
}

export function installSet(): void {
  setType.construct = (_ctx, type) => new PySet([], type);
  frozensetType.construct = async (ctx, type, args) => new PyFrozenSet(args[0] === undefined ? [] : await members(ctx, args[0]), type);
  const shared = (): Record<string, PyObject> => ({
    __repr__: method(['self'], async (ctx, [self]) => pyStr(await setRepr(ctx, set(self)))),
    __len__: method(['self'], (_ctx, [self]) => pyInt(set(self).size)),
    __contains__: method(['self', 'item'], async (ctx, [self, item]) => {
      await keyReady(ctx, item);
      return pyBool(set(self).has(item));
    }),
    __iter__: method(['self'], (_ctx, [self]) => setIterator(set(self))),
    __or__: operator((a, b) => union(a, [b.items()])),
    __and__: operator((a, b) => intersection(a, [b.items()])),
    __sub__: operator((a, b) => difference(a, [b.items()])),
    __xor__: operator((a, b) => symmetricDifference(a, b.items())),
    __eq__: operator((a, b) => pyBool(a.size === b.size && isSubset(a, b))),
    __ne__: operator((a, b) => pyBool(!(a.size === b.size && isSubset(a, b)))),
    __le__: operator((a, b) => pyBool(isSubset(a, b))),
    __lt__: operator((a, b) => pyBool(a.size < b.size && isSubset(a, b))),
    __ge__: operator((a, b) => pyBool(isSubset(b, a))),
    __gt__: operator((a, b) => pyBool(b.size < a.size && isSubset(b, a))),
    union: method(['self', '*others'], async (ctx, [self, others]) => union(set(self), await allMembers(ctx, others))),
    intersection: method(['self', '*others'], async (ctx, [self, others]) =>
      intersection(set(self), await allMembers(ctx, others)),
    ),
    difference: method(['self', '*others'], async (ctx, [self, others]) =>
      difference(set(self), await allMembers(ctx, others)),
    ),
    symmetric_difference: method(['self', 'other'], async (ctx, [self, other]) => symmetricDifference(set(self), await members(ctx, other))),
    issubset: method(['self', 'other'], async (ctx, [self, other]) => pyBool(isSubset(set(self), new PySet(await members(ctx, other))))),
    issuperset: method(['self', 'other'], async (ctx, [self, other]) => pyBool(isSubset(new PySet(await members(ctx, other)), set(self)))),
    isdisjoint: method(['self', 'other'], async (ctx, [self, other]) => pyBool((await members(ctx, other)).every((x) => !set(self).has(x)))),
    copy: method(['self'], (_ctx, [self]) => sameKind(set(self), set(self).items())),
  });
  addMembers(frozensetType, shared());
  addMembers(setType, {
    ...shared(),
    __init__: method(['self', 'iterable?'], async (ctx, [self, iterable]) => {
      const s = set(self);
      s.clear();
      if (iterable !== undefined) for (const x of await members(ctx, iterable)) s.add(x);
      return None;
    }),
    __ior__: operator((a, b) => (replaceContents(a, union(a, [b.items()])), a)),
    __iand__: operator((a, b) => (replaceContents(a, intersection(a, [b.items()])), a)),
    __isub__: operator((a, b) => (replaceContents(a, difference(a, [b.items()])), a)),
    __ixor__: operator((a, b) => (replaceContents(a, symmetricDifference(a, b.items())), a)),
    add: method(['self', 'item'], async (ctx, [self, item]) => {
      await keyReady(ctx, item);
      set(self).add(item);
      return None;
    }),
    remove: method(['self', 'item'], async (ctx, [self, item]) => {
      await keyReady(ctx, item);
      if (!set(self).delete(item)) throw new PyBaseException(PyExc.KeyError, [item]);
      return None;
    }),
    discard: method(['self', 'item'], async (ctx, [self, item]) => {
      await keyReady(ctx, item);
      set(self).delete(item);
      return None;
    }),
    pop: method(['self'], (_ctx, [self]) => {
      const first = set(self).pop();
      if (first === undefined) throw pyError(PyExc.KeyError, 'pop from an empty set');
      return first;
    }),
    clear: method(['self'], (_ctx, [self]) => {
      set(self).clear();
      return None;
    }),
    update: method(['self', '*others'], async (ctx, [self, others]) => {
      for (const o of others) for (const x of await members(ctx, o)) set(self).add(x);
      return None;
    }),
    intersection_update: method(['self', '*others'], async (ctx, [self, others]) => {
      replaceContents(set(self), intersection(set(self), await allMembers(ctx, others)));
      return None;
    }),
    difference_update: method(['self', '*others'], async (ctx, [self, others]) => {
      replaceContents(set(self), difference(set(self), await allMembers(ctx, others)));
      return None;
    }),
  });
}
