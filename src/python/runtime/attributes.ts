// Attribute access: obj.name, obj.name = value, del obj.name. CPython's generic algorithm
// (Objects/object.c): data descriptors on the type win over the instance dict, which wins over other class
// attributes; functions found on the type bind to the instance; __getattr__ is the last resort.

import { None } from '../objects/constants.ts';
import { namespaceDict } from '../objects/namespaceDict.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import {
  PyBoundMethod,
  PyBuiltinFunction,
  PyClassMethod,
  PyFunction,
  PyProperty,
  PyStaticMethod,
} from '../objects/function.ts';
import { PyModule } from '../objects/module.ts';
import { objectType, PyObject, PyType, typeName } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { PySuper } from '../objects/super.ts';
import { missingAttributeHint } from '../upstream/hints.ts';
import { callObject } from './call.ts';

export async function getAttr(ctx: Context, obj: PyObject, name: string): Promise<PyObject> {
  const found = await lookupAttr(ctx, obj, name);
  if (found !== undefined) return found;
  const hook = obj instanceof PyType ? undefined : obj.type.lookup('__getattr__');
  if (hook !== undefined) return callObject(ctx, hook, [obj, pyStr(name)]);
  throw attributeError(obj, name);
}

/** getattr without the AttributeError: undefined when absent (still runs properties, which may raise). */
export async function getAttrOrUndefined(ctx: Context, obj: PyObject, name: string): Promise<PyObject | undefined> {
  try {
    return await getAttr(ctx, obj, name);
  } catch (e) {
    if (e instanceof PyObject && e.type.isSubtypeOf(PyExc.AttributeError)) return undefined;
    throw e;
  }
}

/**
 * AttributeError with CPython's `name` and `obj` attributes (what its "Did you mean" suggestion reads), and a
 * note when the real library has the name (`torch.stft`) so that it does not read as the learner's typo.
 */
export function attributeError(obj: PyObject, name: string) {
  const message =
    obj instanceof PyModule
      ? `module '${obj.name}' has no attribute '${name}'`
      : obj instanceof PyType
        ? `type object '${obj.name}' has no attribute '${name}'`
        : `'${typeName(obj)}' object has no attribute '${name}'`;
  const exc = pyError(PyExc.AttributeError, message + missingAttributeHint(obj, name));
  exc.dict!.set('name', pyStr(name));
  exc.dict!.set('obj', obj);
  return exc;
}

/** object.__getattribute__ (and type's, and super's), without the __getattr__ fallback. */
export async function lookupAttr(ctx: Context, obj: PyObject, name: string): Promise<PyObject | undefined> {
  if (obj instanceof PyType) return lookupOnType(ctx, obj, name);
  if (obj instanceof PySuper) return lookupOnSuper(ctx, obj, name);
  const type = obj.type;
  const attr = type.lookup(name);
  if (attr instanceof PyProperty) return readProperty(ctx, attr, obj, name);
  if (attr !== undefined && isUserDataDescriptor(attr)) return callDescriptorGet(ctx, attr, obj, type);
  if (obj.dict !== null) {
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
  }
  if (attr !== undefined) return bind(ctx, attr, obj, type);
  return specialAttribute(obj, name);
}

/** A class attribute as seen through an instance (or, with obj null, through the class itself). */
async function bind(ctx: Context, attr: PyObject, obj: PyObject | null, owner: PyType): Promise<PyObject> {
  if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction) {
    return obj === null ? attr : new PyBoundMethod(obj, attr);
  }
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyClassMethod) return new PyBoundMethod(owner, attr.func);
  if (attr instanceof PyProperty) return obj === null ? attr : readProperty(ctx, attr, obj, '');
  // Other descriptors: a class's with __get__, or a native one (functools' cache wrapper binds like a function).
  if (attr.type.lookup('__get__') !== undefined) return callDescriptorGet(ctx, attr, obj, owner);
  return attr;
}

function isUserDataDescriptor(attr: PyObject): boolean {
  return attr.type.heap && attr.type.lookup('__get__') !== undefined && attr.type.lookup('__set__') !== undefined;
}

async function callDescriptorGet(ctx: Context, attr: PyObject, obj: PyObject | null, owner: PyType) {
  const get = attr.type.lookup('__get__')!;
  return callObject(ctx, get, [attr, obj ?? None, owner]);
}

async function readProperty(ctx: Context, prop: PyProperty, obj: PyObject, name: string): Promise<PyObject> {
  if (prop.fget === null) throw pyError(PyExc.AttributeError, `property '${name}' of '${typeName(obj)}' object has no getter`);
  return callObject(ctx, prop.fget, [obj]);
}

/** Attributes every object answers that live in no namespace here. */
function specialAttribute(obj: PyObject, name: string): PyObject | undefined {
  if (name === '__class__') return obj.type;
  if (name === '__dict__' && obj.dict !== null) return namespaceDict(obj.dict);
  return undefined;
}

/** `Cls.name`: the metatype's data descriptors, then the class's MRO, then the metatype's other attributes. */
async function lookupOnType(ctx: Context, type: PyType, name: string): Promise<PyObject | undefined> {
  const metaAttr = type.type.lookup(name);
  if (metaAttr instanceof PyProperty) return readProperty(ctx, metaAttr, type, name);
  const attr = type.lookup(name);
  if (attr !== undefined) return bind(ctx, attr, null, type);
  if (metaAttr !== undefined) return bind(ctx, metaAttr, type, type.type);
  return specialAttribute(type, name);
}

/** `super().name`: search the MRO of the object's type after the class the method was written in. */
async function lookupOnSuper(ctx: Context, sup: PySuper, name: string): Promise<PyObject | undefined> {
  const self = sup.obj;
  const startType = self instanceof PyType && self.isSubtypeOf(sup.thisType) ? self : self.type;
  const mro = startType.mro;
  for (let i = mro.indexOf(sup.thisType) + 1; i < mro.length; i++) {
    const attr = mro[i]!.dict.get(name);
    if (attr === undefined) continue;
    if (self instanceof PyType && self === startType) return bind(ctx, attr, null, self);
    return bind(ctx, attr, self, startType);
  }
  if (name === '__class__') return sup.type;
  return undefined;
}

export async function setAttr(ctx: Context, obj: PyObject, name: string, value: PyObject): Promise<void> {
  const hook = obj.type.lookup('__setattr__');
  if (hook !== undefined && hook !== objectType.dict.get('__setattr__') && !(obj instanceof PyType)) {
    await callObject(ctx, hook, [obj, pyStr(name), value]);
    return;
  }
  await genericSetAttr(ctx, obj, name, value);
}

/** object.__setattr__: a property's setter, else the instance dict. */
export async function genericSetAttr(ctx: Context, obj: PyObject, name: string, value: PyObject): Promise<void> {
  if (obj instanceof PyType) {
    if (!obj.heap) {
      throw pyError(PyExc.TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    }
    obj.dict.set(name, value);
    return;
  }
  const attr = obj.type.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fset === null) {
      throw pyError(PyExc.AttributeError, `property '${name}' of '${typeName(obj)}' object has no setter`);
    }
    await callObject(ctx, attr.fset, [obj, value]);
    return;
  }
  if (attr !== undefined && isUserDataDescriptor(attr)) {
    await callObject(ctx, attr.type.lookup('__set__')!, [attr, obj, value]);
    return;
  }
  if (obj.dict === null) {
    if (attr !== undefined) {
      throw pyError(PyExc.AttributeError, `'${typeName(obj)}' object attribute '${name}' is read-only`);
    }
    throw attributeError(obj, name);
  }
  obj.dict.set(name, value);
}

export async function delAttr(ctx: Context, obj: PyObject, name: string): Promise<void> {
  const hook = obj.type.lookup('__delattr__');
  if (hook !== undefined && hook !== objectType.dict.get('__delattr__') && !(obj instanceof PyType)) {
    await callObject(ctx, hook, [obj, pyStr(name)]);
    return;
  }
  await genericDelAttr(ctx, obj, name);
}

export async function genericDelAttr(ctx: Context, obj: PyObject, name: string): Promise<void> {
  const attr = obj instanceof PyType ? undefined : obj.type.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fdel === null) {
      throw pyError(PyExc.AttributeError, `property '${name}' of '${typeName(obj)}' object has no deleter`);
    }
    await callObject(ctx, attr.fdel, [obj]);
    return;
  }
  if (obj.dict === null || !obj.dict.delete(name)) throw attributeError(obj, name);
}

/** hasattr(obj, name) */
export async function hasAttr(ctx: Context, obj: PyObject, name: string): Promise<boolean> {
  return (await getAttrOrUndefined(ctx, obj, name)) !== undefined;
}
