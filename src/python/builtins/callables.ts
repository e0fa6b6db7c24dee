// The types behind functions and descriptors: function, builtin function, bound method, property,
// staticmethod, classmethod, super, module. Their constructors, attributes and reprs.

import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import {
  builtinFunctionType,
  classmethodType,
  functionType,
  methodType,
  propertyType,
  PyBoundMethod,
  PyBuiltinFunction,
  PyClassMethod,
  PyFunction,
  PyProperty,
  PyStaticMethod,
  staticmethodType,
} from '../objects/function.ts';
import { moduleType, PyModule } from '../objects/module.ts';
import { objectId, PyType, type PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { PySuper, superType } from '../objects/super.ts';
import { pyTuple } from '../objects/tuple.ts';
import { asString } from '../runtime/convert.ts';
import { addMembers, getter, method } from '../runtime/native.ts';
import { repr } from '../runtime/text.ts';

const address = (obj: PyObject) => `0x${objectId(obj).toString(16)}`;

function fn(obj: PyObject): PyFunction {
  if (obj instanceof PyFunction) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'function' object but received a '${obj.type.name}'`);
}

function prop(obj: PyObject): PyProperty {
  if (obj instanceof PyProperty) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'property' object but received a '${obj.type.name}'`);
}

const orNone = (x: PyObject | null) => x ?? None;
const orNull = (x: PyObject | undefined) => (x === undefined || x === None ? null : x);

export function installCallables(): void {
  addMembers(functionType, {
    __repr__: method(['self'], (_ctx, [f]) => pyStr(`<function ${fn(f).qualname} at ${address(f)}>`)),
    __name__: getter(
      (_ctx, f) => pyStr(fn(f).name),
      (_ctx, f, v) => void (fn(f).name = asString(v)),
    ),
    __qualname__: getter(
      (_ctx, f) => pyStr(fn(f).qualname),
      (_ctx, f, v) => void (fn(f).qualname = asString(v)),
    ),
    __module__: getter((_ctx, f) => pyStr(fn(f).module)),
    __doc__: getter(
      (_ctx, f) => fn(f).dict!.get('__doc__') ?? None,
      (_ctx, f, v) => void fn(f).dict!.set('__doc__', v),
    ),
    __defaults__: getter((_ctx, f) => (fn(f).defaults.length === 0 ? None : pyTuple(fn(f).defaults))),
    __get__: method(['self', 'obj', 'type?'], (_ctx, [f, obj]) => (obj === None ? f : new PyBoundMethod(obj, f))),
  });

  // Plain natives and natives bound to an object share this type, as in CPython.
  const native = (f: PyObject) => (f instanceof PyBoundMethod ? (f.func as PyBuiltinFunction) : (f as PyBuiltinFunction));
  addMembers(builtinFunctionType, {
    __repr__: method(['self'], (_ctx, [f]) =>
      pyStr(
        f instanceof PyBoundMethod
          ? `<built-in method ${native(f).name} of ${f.self.type.name} object at ${address(f.self)}>`
          : `<built-in function ${native(f).name}>`,
      ),
    ),
    __name__: getter((_ctx, f) => pyStr(native(f).name)),
    __qualname__: getter((_ctx, f) => pyStr(native(f).qualname)),
    __self__: getter((_ctx, f) => (f instanceof PyBoundMethod ? f.self : None)),
  });

  addMembers(methodType, {
    __repr__: method(['self'], async (ctx, [m]) => {
      const bound = m as PyBoundMethod;
      const f = bound.func;
      const name = f instanceof PyFunction ? f.qualname : '?';
      return pyStr(`<bound method ${name} of ${await repr(ctx, bound.self)}>`);
    }),
    __self__: getter((_ctx, m) => (m as PyBoundMethod).self),
    __func__: getter((_ctx, m) => (m as PyBoundMethod).func),
    __name__: getter((_ctx, m) => nameOf((m as PyBoundMethod).func)),
  });

  propertyType.construct = (_ctx, _type, args, kwargs) =>
    new PyProperty(
      orNull(args[0] ?? kwargs.get('fget')),
      orNull(args[1] ?? kwargs.get('fset')),
      orNull(args[2] ?? kwargs.get('fdel')),
      orNull(args[3] ?? kwargs.get('doc')),
    );
  addMembers(propertyType, {
    getter: method(['self', 'fget'], (_ctx, [p, f]) => new PyProperty(f, prop(p).fset, prop(p).fdel, prop(p).doc)),
    setter: method(['self', 'fset'], (_ctx, [p, f]) => new PyProperty(prop(p).fget, f, prop(p).fdel, prop(p).doc)),
    deleter: method(['self', 'fdel'], (_ctx, [p, f]) => new PyProperty(prop(p).fget, prop(p).fset, f, prop(p).doc)),
    fget: getter((_ctx, p) => orNone(prop(p).fget)),
    fset: getter((_ctx, p) => orNone(prop(p).fset)),
    fdel: getter((_ctx, p) => orNone(prop(p).fdel)),
    __doc__: getter((_ctx, p) => orNone(prop(p).doc ?? (prop(p).fget instanceof PyFunction ? (prop(p).fget as PyFunction).dict!.get('__doc__') ?? null : null))),
  });

  staticmethodType.construct = (_ctx, _type, args) => new PyStaticMethod(args[0] ?? None);
  classmethodType.construct = (_ctx, _type, args) => new PyClassMethod(args[0] ?? None);
  addMembers(staticmethodType, { __func__: getter((_ctx, s) => (s as PyStaticMethod).func) });
  addMembers(classmethodType, { __func__: getter((_ctx, s) => (s as PyClassMethod).func) });

  superType.construct = (ctx, _type, args) => {
    if (args.length === 2) {
      const [t, obj] = args;
      if (!(t instanceof PyType)) throw pyError(PyExc.TypeError, 'super() argument 1 must be a type');
      return new PySuper(t, obj!);
    }
    if (args.length !== 0) throw pyError(PyExc.TypeError, 'super() takes 0 or 2 arguments in Tandem');
    const frame = ctx.currentFrame();
    const f = frame?.fn ?? null;
    if (f === null) throw pyError(PyExc.RuntimeError, 'super(): no arguments');
    const cls = f.classCell?.value ?? null;
    if (cls === null) throw pyError(PyExc.RuntimeError, 'super(): __class__ cell not found');
    const params = [...f.node.args.posonlyargs, ...f.node.args.args];
    const first = params[0] === undefined ? undefined : frame!.locals.get(params[0].arg);
    if (first === undefined) throw pyError(PyExc.RuntimeError, 'super(): no arguments');
    return new PySuper(cls, first);
  };
  addMembers(superType, {
    __repr__: method(['self'], (_ctx, [s]) => {
      const sup = s as PySuper;
      return pyStr(`<super: <class '${sup.thisType.name}'>, <${sup.obj.type.name} object>>`);
    }),
  });

  addMembers(moduleType, {
    __repr__: method(['self'], (_ctx, [m]) => pyStr(`<module '${(m as PyModule).name}' (built-in)>`)),
  });
}

function nameOf(f: PyObject): PyObject {
  if (f instanceof PyFunction || f instanceof PyBuiltinFunction) return pyStr(f.name);
  return None;
}

