// `obj.__dict__`, vars(obj) and globals(): a dict whose storage is the namespace itself (the attribute Map of
// an instance, a module's globals), so that writing through it sets attributes and setting an attribute shows
// in it, as in CPython. One dict per namespace, so `obj.__dict__ is obj.__dict__`.

import { dictType, PyDict, type DictEntry } from './dict.ts';
import { PyExc, pyError } from './exception.ts';
import type { HashKey } from './hash.ts';
import type { PyObject } from './object.ts';
import { pyStr } from './str.ts';

/** A str key's HashKey is 's' + the string (hash.ts); any other key cannot name an attribute. */
const nameOf = (key: HashKey): string | undefined => (typeof key === 'string' && key.startsWith('s') ? key.slice(1) : undefined);

/** A dict entry that reads and writes the namespace. */
function liveEntry(names: Map<string, PyObject>, name: string): DictEntry {
  return {
    key: pyStr(name),
    get value(): PyObject {
      return names.get(name)!;
    },
    set value(v: PyObject) {
      names.set(name, v);
    },
  };
}

/** The Map interface PyDict uses, over a namespace's Map<string, PyObject>. */
class NamespaceEntries extends Map<HashKey, DictEntry> {
  constructor(private readonly names: Map<string, PyObject>) {
    super();
  }

  override get size(): number {
    return this.names.size;
  }

  override get(key: HashKey): DictEntry | undefined {
    const name = nameOf(key);
    return name !== undefined && this.names.has(name) ? liveEntry(this.names, name) : undefined;
  }

  override has(key: HashKey): boolean {
    const name = nameOf(key);
    return name !== undefined && this.names.has(name);
  }

  override set(key: HashKey, entry: DictEntry): this {
    const name = nameOf(key);
    if (name === undefined) throw pyError(PyExc.TypeError, 'attribute name must be string (Tandem keeps only str keys in __dict__)');
    this.names.set(name, entry.value);
    return this;
  }

  override delete(key: HashKey): boolean {
    const name = nameOf(key);
    return name !== undefined && this.names.delete(name);
  }

  override clear(): void {
    this.names.clear();
  }

  override *keys(): MapIterator<HashKey> {
    for (const name of this.names.keys()) yield 's' + name;
  }

  override *values(): MapIterator<DictEntry> {
    for (const name of [...this.names.keys()]) if (this.names.has(name)) yield liveEntry(this.names, name);
  }

  override *entries(): MapIterator<[HashKey, DictEntry]> {
    for (const name of [...this.names.keys()]) if (this.names.has(name)) yield ['s' + name, liveEntry(this.names, name)];
  }

  override [Symbol.iterator](): MapIterator<[HashKey, DictEntry]> {
    return this.entries();
  }

  override forEach(fn: (value: DictEntry, key: HashKey, map: Map<HashKey, DictEntry>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

const dicts = new WeakMap<Map<string, PyObject>, PyDict>();

/** The dict over a namespace (the same one every time). */
export function namespaceDict(names: Map<string, PyObject>): PyDict {
  let d = dicts.get(names);
  if (d === undefined) {
    d = new PyDict(dictType, new NamespaceEntries(names));
    dicts.set(names, d);
  }
  return d;
}
