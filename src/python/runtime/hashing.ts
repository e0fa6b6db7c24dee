// hash(): CPython's numeric hash (objects/numberHash.ts), its tuple hash, and a deterministic string hash
// (CPython randomizes str hashes per process, so no program can depend on their values).

import type { Context } from '../objects/context.ts';
import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyInt, type IntValue, normalizeInt } from '../objects/int.ts';
import { fixMinusOne, hashNumber, signed, U64 } from '../objects/numberHash.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { callObject } from './call.ts';

function hashString(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & U64;
  return fixMinusOne(signed(h));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(obj) as Python computes it. */
export async function pyHash(ctx: Context, obj: PyObject): Promise<IntValue> {
  if (obj instanceof PyInt || obj instanceof PyFloat) return hashNumber(obj);
  if (obj instanceof PyStr) return normalizeInt(hashString(obj.value));
  if (obj instanceof PyTuple) {
    let acc = XXPRIME_5;
    for (const item of obj.items) {
      const lane = BigInt(await pyHash(ctx, item)) & U64;
      acc = (acc + lane * XXPRIME_2) & U64;
      acc = ((acc << 31n) | (acc >> 33n)) & U64;
      acc = (acc * XXPRIME_1) & U64;
    }
    acc = (acc + (BigInt(obj.items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
    return normalizeInt(acc === U64 ? 1546275796n : signed(acc));
  }
  const fn = obj.type.lookup('__hash__');
  if (fn === None || fn === undefined) throw pyError(PyExc.TypeError, `unhashable type: '${obj.type.name}'`);
  const r = await callObject(ctx, fn, [obj]);
  if (!(r instanceof PyInt)) throw pyError(PyExc.TypeError, '__hash__ method should return an integer');
  return r.value;
}

