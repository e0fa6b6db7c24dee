// Truth testing and len(): `if x:`, `while x:`, `not x`, bool(x), len(x).

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyDictView } from '../objects/dictView.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyBool, PyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PyRange } from '../objects/range.ts';
import { PySet } from '../objects/set.ts';
import { PyStr, strLength } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { callObject } from './call.ts';

/** len(x) for the built-in containers without calling Python code; undefined for anything else. */
export function builtinLength(obj: PyObject): number | undefined {
  if (obj instanceof PyList || obj instanceof PyTuple) return obj.items.length;
  if (obj instanceof PyStr) return strLength(obj.value);
  if (obj instanceof PyDict || obj instanceof PySet) return obj.size;
  if (obj instanceof PyRange) return obj.length;
  if (obj instanceof PyDictView) return obj.mapping.size;
  return undefined;
}

/** len(obj): the built-in containers, else `__len__`. */
export async function length(ctx: Context, obj: PyObject): Promise<number> {
  if (!obj.type.heap) {
    const n = builtinLength(obj);
    if (n !== undefined) return n;
  }
  const fn = obj.type.lookup('__len__');
  if (fn === undefined) throw pyError(PyExc.TypeError, `object of type '${obj.type.name}' has no len()`);
  const n = await callObject(ctx, fn, [obj]);
  if (!(n instanceof PyInt)) {
    throw pyError(PyExc.TypeError, `'${n.type.name}' object cannot be interpreted as an integer`);
  }
  if (n.value < 0) throw pyError(PyExc.ValueError, '__len__() should return >= 0');
  return Number(n.value);
}

/** bool(obj): False, None, zero and empty containers are false; else `__bool__`, then `__len__`. */
export async function isTruthy(ctx: Context, obj: PyObject): Promise<boolean> {
  if (obj instanceof PyBool) return obj.value === 1;
  if (obj === None) return false;
  if (obj.type.heap) return userTruth(ctx, obj);
  if (obj instanceof PyInt) return obj.value != 0;
  if (obj instanceof PyFloat) return obj.value !== 0;
  const n = builtinLength(obj);
  if (n !== undefined) return n > 0;
  return userTruth(ctx, obj);
}

async function userTruth(ctx: Context, obj: PyObject): Promise<boolean> {
  const bool = obj.type.lookup('__bool__');
  if (bool !== undefined) {
    const r = await callObject(ctx, bool, [obj]);
    if (!(r instanceof PyBool)) {
      throw pyError(PyExc.TypeError, `__bool__ should return bool, returned ${r.type.name}`);
    }
    return r.value === 1;
  }
  if (obj.type.lookup('__len__') !== undefined || builtinLength(obj) !== undefined) return (await length(ctx, obj)) > 0;
  return true;
}
