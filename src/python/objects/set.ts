// Python set and frozenset, keyed like dict keys. Iteration follows CPython's hash table order for sets of
// numbers (so print({3, 1, 2}) shows {1, 2, 3}); other sets iterate in insertion order, which CPython's
// randomized string hashing makes as good as any.

import { None } from './constants.ts';
import { hashKey, type HashKey } from './hash.ts';
import { PyObject, PyType, objectType } from './object.ts';
import { SetTable } from './setOrder.ts';

export const setType = new PyType('set', [objectType], {
  construct: (_ctx, type) => new PySet([], type),
});
setType.dict.set('__hash__', None);

export const frozensetType = new PyType('frozenset', [objectType]);

export class PySet extends PyObject {
  private readonly members = new Map<HashKey, PyObject>();
  /** CPython's table layout while every member is a number; null once any other kind of member arrives. */
  private table: SetTable | null = new SetTable();

  constructor(items: Iterable<PyObject> = [], type: PyType = setType) {
    super(type, type.heap ? new Map() : null);
    if (items instanceof PySet) this.table?.reserve(items.size);
    for (const item of items) this.add(item);
  }

  get size(): number {
    return this.members.size;
  }

  has(item: PyObject): boolean {
    return this.members.has(hashKey(item));
  }

  add(item: PyObject): void {
    const k = hashKey(item);
    if (this.members.has(k)) return;
    this.members.set(k, item);
    if (this.table !== null) {
      const hash = SetTable.hashOf(item);
      if (hash === null) this.table = null;
      else this.table.add(item, hash);
    }
  }

  /** Removes item; returns whether it was there. */
  delete(item: PyObject): boolean {
    const k = hashKey(item);
    const member = this.members.get(k);
    if (member === undefined) return false;
    this.members.delete(k);
    this.table?.remove(member);
    return true;
  }

  /** set.pop(): removes and returns the member CPython would, or undefined when empty. */
  pop(): PyObject | undefined {
    const item = this.table !== null ? this.table.popFirst() : this.members.values().next().value;
    if (item !== undefined) this.members.delete(hashKey(item));
    return item;
  }

  clear(): void {
    this.members.clear();
    this.table = new SetTable();
  }

  [Symbol.iterator](): Iterator<PyObject> {
    return this.items()[Symbol.iterator]();
  }

  keys(): IterableIterator<HashKey> {
    return this.members.keys();
  }

  /** The members in the order Python iterates them. */
  items(): PyObject[] {
    return this.table !== null ? this.table.items() : [...this.members.values()];
  }
}

export class PyFrozenSet extends PySet {
  constructor(items: Iterable<PyObject> = [], type: PyType = frozensetType) {
    super(items, type);
  }
}
