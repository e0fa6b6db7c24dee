// The `builtins` namespace every program starts with: the functions, the types (int, list, ...), the
// exception classes and the constants. Methods are installed on the built-in types once per process.

import { Ellipsis, None, NotImplemented } from '../objects/constants.ts';
import { dictType } from '../objects/dict.ts';
import { PyExc } from '../objects/exception.ts';
import { floatType } from '../objects/float.ts';
import { classmethodType, PyBuiltinFunction, propertyType, staticmethodType } from '../objects/function.ts';
import { boolType, False, intType, True } from '../objects/int.ts';
import { listType } from '../objects/list.ts';
import { objectType, typeType, type PyObject } from '../objects/object.ts';
import { rangeType } from '../objects/range.ts';
import { frozensetType, setType } from '../objects/set.ts';
import { sliceType } from '../objects/slice.ts';
import { pyStr, strType } from '../objects/str.ts';
import { superType } from '../objects/super.ts';
import { tupleType } from '../objects/tuple.ts';
import { installCallables } from './callables.ts';
import { installDict } from './dict.ts';
import { installExceptions, installIterators } from './exceptions.ts';
import { coreFunctions } from './functions.ts';
import { iterationFunctions } from './iterationFunctions.ts';
import { installList } from './list.ts';
import { installNumbers } from './numbers.ts';
import { installObject } from './object.ts';
import { installRanges } from './ranges.ts';
import { installSet } from './set.ts';
import { installStr } from './str.ts';

let installed = false;

/** Puts the methods on the built-in types (idempotent). */
export function installBuiltinTypes(): void {
  if (installed) return;
  installed = true;
  installObject();
  installNumbers();
  installStr();
  installList();
  installDict();
  installSet();
  installRanges();
  installCallables();
  installExceptions();
  installIterators();
}

/** CPython's order of the builtins namespace: "Did you mean" suggestions try names in this order. */
const CPYTHON_ORDER = `__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin
breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input
isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars
None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter
float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip
__debug__`.split(/\s+/);

/** A fresh builtins namespace (a program may rebind names in it without affecting other runs). */
export function createBuiltins(): Map<string, PyObject> {
  installBuiltinTypes();
  const all = new Map<string, PyObject>();
  for (const fn of [...coreFunctions, ...iterationFunctions]) all.set((fn as PyBuiltinFunction).name, fn);
  const types = {
    object: objectType,
    type: typeType,
    int: intType,
    float: floatType,
    bool: boolType,
    str: strType,
    list: listType,
    tuple: tupleType,
    dict: dictType,
    set: setType,
    frozenset: frozensetType,
    range: rangeType,
    slice: sliceType,
    property: propertyType,
    staticmethod: staticmethodType,
    classmethod: classmethodType,
    super: superType,
  };
  for (const [name, t] of Object.entries(types)) all.set(name, t);
  all.set('None', None);
  all.set('True', True);
  all.set('False', False);
  all.set('NotImplemented', NotImplemented);
  all.set('Ellipsis', Ellipsis);
  all.set('__name__', pyStr('builtins'));
  all.set('__doc__', None);
  all.set('__package__', pyStr(''));
  all.set('__loader__', None);
  all.set('__spec__', None);
  all.set('__debug__', True);
  const b = new Map<string, PyObject>();
  for (const name of CPYTHON_ORDER) {
    const v = all.get(name);
    if (v !== undefined) b.set(name, v);
  }
  for (const [name, t] of Object.entries(PyExc)) b.set(name, t);
  for (const [name, v] of all) if (!b.has(name)) b.set(name, v);
  return b;
}
