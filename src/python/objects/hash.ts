// Dict and set keys. Python looks keys up by hash and equality; we map each hashable value to a JS Map key that
// is equal exactly when the Python values are equal: 1, 1.0 and True share one key, 'a' and ('a',) do not.
// Objects without value equality (instances, tensors, functions) are keyed by identity, as in Python.
// Instances of a class with its own __hash__ need Python code (its __hash__ and __eq__) to find their key,
// which cannot run here (dict operations are synchronous): runtime/keys.ts resolves such a key first, at every
// place a Python value becomes a key, and records the JS key here.

import { None } from './constants.ts';
import { PyExc, pyError } from './exception.ts';
import { PyFloat } from './float.ts';
import { PyInt } from './int.ts';
import { objectId, PyObject, typeName } from './object.ts';
import { PyStr } from './str.ts';
import { PyTuple } from './tuple.ts';
import { PyFrozenSet } from './set.ts';
import { PyFunction } from './function.ts';

export type HashKey = number | string | PyObject;

/** The Map key for a Python value; raises TypeError for unhashable values (list, dict, set). */
export function hashKey(obj: PyObject): HashKey {
  if (obj instanceof PyStr) return 's' + obj.value;
  if (obj instanceof PyInt) return typeof obj.value === 'number' ? obj.value : 'i' + obj.value.toString();
  if (obj instanceof PyFloat) return floatKey(obj);
  if (obj instanceof PyTuple) return 't(' + obj.items.map(nestedKey).join(',') + ')';
  if (obj instanceof PyFrozenSet) return 'f{' + [...obj.keys()].map(keyText).sort().join(',') + '}';
  const hash = obj.type.lookup('__hash__');
  if (hash === None) throw pyError(PyExc.TypeError, `unhashable type: '${typeName(obj)}'`);
  if (hash instanceof PyFunction) {
    const key = resolvedKeys.get(obj);
    if (key === undefined) throw new Error(`internal error: a '${typeName(obj)}' key was used before its __hash__ ran`);
    return key;
  }
  return obj;
}

/** The keys runtime/keys.ts found for objects hashed by Python code: equal objects share one. */
const resolvedKeys = new WeakMap<PyObject, string>();

export function recordResolvedKey(obj: PyObject, key: string): void {
  resolvedKeys.set(obj, key);
}

/** Whether obj's key needs Python code: an instance whose class defines __hash__, or a tuple or frozenset
 *  holding one. */
export function needsPythonHash(obj: PyObject): boolean {
  if (obj instanceof PyStr || obj instanceof PyInt || obj instanceof PyFloat) return false;
  if (obj instanceof PyTuple) return obj.items.some(needsPythonHash);
  if (obj instanceof PyFrozenSet) return [...obj].some(needsPythonHash);
  return obj.dict !== null && obj.type.lookup('__hash__') instanceof PyFunction;
}

function floatKey(f: PyFloat): HashKey {
  const v = f.value;
  if (Number.isNaN(v)) return f; // nan != nan: only the same object finds itself
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return 'i' + BigInt(v).toString();
  return v;
}

function nestedKey(obj: PyObject): string {
  return keyText(hashKey(obj));
}

function keyText(key: HashKey): string {
  if (typeof key === 'number') return 'n' + String(key);
  if (typeof key === 'string') return JSON.stringify(key);
  return 'o' + objectId(key);
}
