// CPython's hash() for ints and floats (Objects/longobject.c, Python/pyhash.c): reduction modulo the Mersenne
// prime 2**61 - 1, so that equal numbers hash equally (hash(1) == hash(1.0)) and hash(-1) is -2.

import { PyFloat } from './float.ts';
import { PyInt, normalizeInt, type IntValue } from './int.ts';
import { objectId, type PyObject } from './object.ts';

const BITS = 61n;
const MODULUS = (1n << BITS) - 1n;
export const U64 = (1n << 64n) - 1n;
const HASH_INF = 314159n;

export function signed(x: bigint): bigint {
  const u = x & U64;
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

export function fixMinusOne(h: bigint): bigint {
  return h === -1n ? -2n : h;
}

function hashInteger(v: bigint): bigint {
  const negative = v < 0n;
  let h = (negative ? -v : v) % MODULUS;
  if (negative) h = -h;
  return fixMinusOne(h);
}

/** _Py_HashDouble */
function hashDouble(v: number, obj: PyObject): bigint {
  if (Number.isNaN(v)) return BigInt(Math.floor(objectId(obj) / 16));
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
  if (Number.isInteger(v)) return hashInteger(BigInt(v));
  let e = v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = Math.abs(v) / 2 ** e;
  if (m >= 1) {
    m /= 2;
    e += 1;
  } else if (m < 0.5) {
    m *= 2;
    e -= 1;
  }
  const sign = v < 0 ? -1n : 1n;
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> (BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & MODULUS) | (x >> (BITS - eb));
  return fixMinusOne(signed(x * sign));
}

/** hash() of an int, bool or float, as a bigint; null for anything else. */
export function numberHash(obj: PyObject): bigint | null {
  if (obj instanceof PyInt) return hashInteger(BigInt(obj.value));
  if (obj instanceof PyFloat) return hashDouble(obj.value, obj);
  return null;
}

/** hash() of an int, bool or float. */
export function hashNumber(obj: PyObject): IntValue {
  const h = numberHash(obj);
  if (h === null) throw new Error('hashNumber: not a number');
  return normalizeInt(h);
}

