// Python ints are arbitrary precision: a JS number while the value is a safe integer, a bigint beyond.
// Keeping that invariant (never a bigint that would fit a number) lets equality and hashing compare plainly.
// bool is a subclass of int, exactly as in Python, so True + 1 == 2 and isinstance(True, int).

import { PyObject, PyType, objectType } from './object.ts';

export type IntValue = number | bigint;

export const intType = new PyType('int', [objectType]);

export class PyInt extends PyObject {
  declare readonly value: IntValue;
  constructor(value: IntValue, type: PyType = intType) {
    super(type);
    this.value = value;
  }

  /** Holds no other value (an instance of a subclass may have attributes). */
  override traceTensors(visit: (value: unknown) => void): void {
    if (this.dict !== null) visit(this.dict);
  }
}

export const boolType = new PyType('bool', [intType]);

export class PyBool extends PyInt {
  constructor(value: boolean) {
    super(value ? 1 : 0, boolType);
  }
  get bool(): boolean {
    return this.value === 1;
  }
}

export const True = new PyBool(true);
export const False = new PyBool(false);

export function pyBool(value: boolean): PyBool {
  return value ? True : False;
}

// CPython shares the small ints too; here it mostly saves allocations in loops.
const small: PyInt[] = [];
for (let i = -5; i <= 256; i++) small.push(new PyInt(i));

/** Normalizes a bigint back to a number when it fits. */
export function normalizeInt(value: IntValue): IntValue {
  if (typeof value === 'bigint' && value >= -9007199254740991n && value <= 9007199254740991n) return Number(value);
  return value;
}

/** A Python int from a JS integer (number or bigint); numbers must already be integral. */
export function pyInt(value: IntValue): PyInt {
  if (typeof value === 'number') {
    if (value >= -5 && value <= 256) return small[value + 5]!;
    if (!Number.isSafeInteger(value)) return new PyInt(BigInt(value));
    return new PyInt(value);
  }
  const v = normalizeInt(value);
  return typeof v === 'number' ? pyInt(v) : new PyInt(v);
}
