// Python dict: insertion-ordered (a JS Map keeps insertion order too), keys found by Python equality.

import { None } from './constants.ts';
import { hashKey, type HashKey } from './hash.ts';
import { PyObject, PyType, objectType } from './object.ts';

export const dictType = new PyType('dict', [objectType], {
  construct: (_ctx, type) => new PyDict(type),
});
dictType.dict.set('__hash__', None);

export interface DictEntry {
  key: PyObject;
  value: PyObject;
}

export class PyDict extends PyObject {
  readonly entries: Map<HashKey, DictEntry>;

  /** `entries` is the storage; a namespace dict passes one backed by an object's attributes. */
  constructor(type: PyType = dictType, entries: Map<HashKey, DictEntry> = new Map()) {
    super(type, type.heap ? new Map() : null);
    this.entries = entries;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: PyObject): PyObject | undefined {
    return this.entries.get(hashKey(key))?.value;
  }

  has(key: PyObject): boolean {
    return this.entries.has(hashKey(key));
  }

  /** Sets d[key]; an existing key keeps its position and its original key object, as in Python. */
  set(key: PyObject, value: PyObject): void {
    const k = hashKey(key);
    const entry = this.entries.get(k);
    if (entry !== undefined) entry.value = value;
    else this.entries.set(k, { key, value });
  }

  /** Removes d[key]; returns the value, or undefined when absent. */
  delete(key: PyObject): PyObject | undefined {
    const k = hashKey(key);
    const entry = this.entries.get(k);
    if (entry === undefined) return undefined;
    const value = entry.value;
    this.entries.delete(k);
    return value;
  }

  keys(): PyObject[] {
    return [...this.entries.values()].map((e) => e.key);
  }

  values(): PyObject[] {
    return [...this.entries.values()].map((e) => e.value);
  }
}

/** A dict from string keys, the shape most native code builds (`{'loss': [...]}`). */
export function pyDictFrom(entries: Iterable<[PyObject, PyObject]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
