// Keys hashed by Python code. Dict and set operations are synchronous and find keys through JS Map keys
// (objects/hash.ts); an instance of a class defining __hash__ (and usually __eq__) gets its key here, first,
// by running its __hash__ and comparing it with __eq__ to the earlier keys of the same hash: equal objects
// share one key, so `{Point(1, 2): 'a'}[Point(1, 2)]` finds the entry, as in Python. Every place a Python value
// becomes a dict key or set member awaits `keyReady` (or `keysReady`) before the synchronous operation.
//
// The representatives are per run (ctx.local) and live as long as it: an equality class is matched against
// the first object of it that was ever used as a key, as dict lookup compares with the stored key.

import type { Context } from '../objects/context.ts';
import { needsPythonHash, recordResolvedKey } from '../objects/hash.ts';
import type { PyObject } from '../objects/object.ts';
import { PyFrozenSet } from '../objects/set.ts';
import { PyTuple } from '../objects/tuple.ts';
import { pyHash } from './hashing.ts';
import { pyEquals } from './operators.ts';

/** The first key object seen of each equality class, by hash value. */
const representatives = {};
const registry = (ctx: Context) => ctx.local(representatives, () => new Map<string, PyObject[]>());

async function resolve(ctx: Context, obj: PyObject): Promise<void> {
  if (obj instanceof PyTuple || obj instanceof PyFrozenSet) {
    for (const item of obj instanceof PyTuple ? obj.items : [...obj]) if (needsPythonHash(item)) await resolve(ctx, item);
    return;
  }
  const hash = String(await pyHash(ctx, obj));
  const reps = registry(ctx);
  let sameHash = reps.get(hash);
  if (sameHash === undefined) reps.set(hash, (sameHash = []));
  let index = sameHash.indexOf(obj);
  for (let i = 0; index < 0 && i < sameHash.length; i++) if (await pyEquals(ctx, sameHash[i]!, obj)) index = i;
  if (index < 0) index = sameHash.push(obj) - 1;
  recordResolvedKey(obj, `u${hash}#${index}`);
}

/** Resolves `key` when its hash needs Python code; undefined (nothing to await) for every other key. */
export function keyReady(ctx: Context, key: PyObject): Promise<void> | undefined {
  return needsPythonHash(key) ? resolve(ctx, key) : undefined;
}

export async function keysReady(ctx: Context, keys: Iterable<PyObject>): Promise<void> {
  for (const key of keys) if (needsPythonHash(key)) await resolve(ctx, key);
}
