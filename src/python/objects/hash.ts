// Dict and set keys. Python looks keys up by hash and equality; we map each hashable value to a JS Map key that
// is equal exactly when the Python values are equal: 1, 1.0 and True share one key, 'a' and ('a',) do not.
// Objects without value equality (instances, tensors, functions) are keyed by identity, as in Python.
// A user class that defines its own __hash__ is refused plainly: calling Python code here would make every
// dict operation async.

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
    throw pyError(
      PyExc.NotImplementedError,
      `instances of a class with its own __hash__ cannot be dict keys or set members in Tandem ('${typeName(obj)}')`,
    );
  }
  return obj;
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
