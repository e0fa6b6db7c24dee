// Python str: immutable text indexed by code point. JS strings are UTF-16, so text outside the Basic
// Multilingual Plane (emoji) takes the slower path through code point arrays.

import { PyObject, PyType, objectType } from './object.ts';

export const strType = new PyType('str', [objectType]);

export class PyStr extends PyObject {
  declare readonly value: string;
  constructor(value: string, type: PyType = strType) {
    super(type);
    this.value = value;
  }

  /** Holds no other value (an instance of a subclass may have attributes). */
  override traceTensors(visit: (value: unknown) => void): void {
    if (this.dict !== null) visit(this.dict);
  }
}

const interned = new Map<string, PyStr>();

/** A Python str; short strings (names, keys) are shared. */
export function pyStr(value: string): PyStr {
  if (value.length > 24) return new PyStr(value);
  let s = interned.get(value);
  if (s === undefined) {
    s = new PyStr(value);
    if (interned.size < 10000) interned.set(value, s);
  }
  return s;
}

const surrogate = /[\uD800-\uDFFF]/;

/** The string's code points when it has astral characters, else null (index the JS string directly). */
export function codePoints(s: string): string[] | null {
  return surrogate.test(s) ? Array.from(s) : null;
}

/** len(s) in code points. */
export function strLength(s: string): number {
  const points = codePoints(s);
  return points === null ? s.length : points.length;
}
