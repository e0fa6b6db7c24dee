// Calling any Python callable from TS: functions, natives, bound methods, classes, objects with __call__.

import { None } from '../objects/constants.ts';
import { noKwargs, type Context, type Kwargs } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyStaticMethod } from '../objects/function.ts';
import { objectType, PyObject, PyType, typeName, typeType } from '../objects/object.ts';

/** `callee(*args, **kwargs)`. */
export async function callObject(
  ctx: Context,
  callee: PyObject,
  args: PyObject[] = [],
  kwargs: Kwargs = noKwargs,
): Promise<PyObject> {
  if (callee instanceof PyFunction) return ctx.callFunction(callee, args, kwargs);
  if (callee instanceof PyBuiltinFunction) return callee.impl(ctx, args, kwargs);
  if (callee instanceof PyBoundMethod) return callObject(ctx, callee.func, [callee.self, ...args], kwargs);
  if (callee instanceof PyType) return callType(ctx, callee, args, kwargs);
  const call = callee.type.lookup('__call__');
  if (call !== undefined) return callObject(ctx, call, [callee, ...args], kwargs);
  throw pyError(PyExc.TypeError, `'${typeName(callee)}' object is not callable`);
}

/** Calls the method `name` found on obj's type (not its instance dict), as Python calls dunders. */
export async function callMethod(ctx: Context, obj: PyObject, name: string, args: PyObject[] = []): Promise<PyObject> {
  const fn = obj.type.lookup(name);
  if (fn === undefined) throw pyError(PyExc.AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
  return callObject(ctx, fn, [obj, ...args]);
}

/** `Cls(*args)`: `__new__` (a native construct or a user `__new__`) then `__init__`. */
async function callType(ctx: Context, type: PyType, args: PyObject[], kwargs: Kwargs): Promise<PyObject> {
  if (type === typeType && args.length === 1 && kwargs.size === 0) return args[0]!.type;
  let obj: PyObject | undefined;
  let constructedByObject = false;
  for (const t of type.mro) {
    if (t.construct !== null) {
      obj = await t.construct(ctx, type, args, kwargs);
      constructedByObject = t === objectType;
      break;
    }
    const userNew = t.dict.get('__new__');
    if (userNew !== undefined) {
      const fn = userNew instanceof PyStaticMethod ? userNew.func : userNew;
      obj = await callObject(ctx, fn, [type, ...args], kwargs);
      break;
    }
  }
  if (obj === undefined) throw pyError(PyExc.TypeError, `cannot create '${type.name}' instances`);
  if (!obj.type.isSubtypeOf(type)) return obj;
  const init = type.lookup('__init__');
  const objectInit = objectType.dict.get('__init__');
  if (init === undefined || init === objectInit) {
    if (constructedByObject && (args.length > 0 || kwargs.size > 0)) {
      throw pyError(PyExc.TypeError, `${type.name}() takes no arguments`);
    }
    return obj;
  }
  const result = await callObject(ctx, init, [obj, ...args], kwargs);
  if (result !== None) throw pyError(PyExc.TypeError, `__init__() should return None, not '${typeName(result)}'`);
  return obj;
}

/** Whether callable(obj) holds. */
export function isCallable(obj: PyObject): boolean {
  return (
    obj instanceof PyFunction ||
    obj instanceof PyBuiltinFunction ||
    obj instanceof PyBoundMethod ||
    obj instanceof PyType ||
    obj.type.lookup('__call__') !== undefined
  );
}
