// The methods every object inherits from `object`, and those of `type` (what `Foo.__name__` and repr(Foo) use).

import { None, NotImplemented } from '../objects/constants.ts';
import { PyDict } from '../objects/dict.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyBool, pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import { objectId, objectType, PyObject, PyType, typeType } from '../objects/object.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { genericDelAttr, genericSetAttr, lookupAttr, attributeError } from '../runtime/attributes.ts';
import { asString } from '../runtime/convert.ts';
import { addMembers, getter, method, staticMethod } from '../runtime/native.ts';
import { isTruthy } from '../runtime/truth.ts';
import { defaultRepr, repr, str } from '../runtime/text.ts';
import { richCompare } from '../runtime/operators.ts';

function asType(obj: PyObject): PyType {
  if (!(obj instanceof PyType)) throw pyError(PyExc.TypeError, `descriptor requires a 'type' object but received a '${obj.type.name}'`);
  return obj;
}

export function installObject(): void {
  addMembers(objectType, {
    __init__: method(['self', '*args', '**kwargs'], () => None),
    __new__: staticMethod(
      method(['cls', '*args', '**kwargs'], (ctx, [cls]) => asType(cls).findConstruct()(ctx, asType(cls), [], new Map())),
    ),
    __repr__: method(['self'], (_ctx, [self]) => pyStr(defaultRepr(self))),
    __str__: method(['self'], async (ctx, [self]) => pyStr(await repr(ctx, self))),
    __format__: method(['self', 'spec'], async (ctx, [self, spec]) => {
      if (asString(spec) !== '') {
        throw pyError(PyExc.TypeError, `unsupported format string passed to ${self.type.name}.__format__`);
      }
      return pyStr(await str(ctx, self));
    }),
    __eq__: method(['self', 'other'], (_ctx, [self, other]) => (self === other ? pyBool(true) : NotImplemented)),
    __ne__: method(['self', 'other'], async (ctx, [self, other]) => {
      const eq = await richCompare(ctx, 'Eq', self, other);
      return eq === NotImplemented ? eq : pyBool(!(await isTruthy(ctx, eq)));
    }),
    __hash__: method(['self'], (_ctx, [self]) => pyInt(Math.floor(objectId(self) / 16))),
    __setattr__: method(['self', 'name', 'value'], async (ctx, [self, name, value]) => {
      await genericSetAttr(ctx, self, asString(name, 'attribute name'), value);
      return None;
    }),
    __delattr__: method(['self', 'name'], async (ctx, [self, name]) => {
      await genericDelAttr(ctx, self, asString(name, 'attribute name'));
      return None;
    }),
    __getattribute__: method(['self', 'name'], async (ctx, [self, name]) => {
      const n = asString(name, 'attribute name');
      const v = await lookupAttr(ctx, self, n);
      if (v === undefined) throw attributeError(self, n);
      return v;
    }),
    __dir__: method(['self'], (_ctx, [self]) => new PyList(dirNames(self).map((n) => pyStr(n)))),
  });

  addMembers(typeType, {
    __name__: getter(
      (_ctx, t) => pyStr(asType(t).name),
      (_ctx, t, v) => void (asType(t).name = asString(v)),
    ),
    __qualname__: getter((_ctx, t) => pyStr(asType(t).qualname)),
    __module__: getter((_ctx, t) => asType(t).dict.get('__module__') ?? pyStr(asType(t).module)),
    __doc__: getter((_ctx, t) => asType(t).dict.get('__doc__') ?? None),
    __mro__: getter((_ctx, t) => pyTuple(asType(t).mro)),
    __bases__: getter((_ctx, t) => pyTuple(asType(t).bases)),
    __base__: getter((_ctx, t) => asType(t).bases[0] ?? None),
    __dict__: getter((_ctx, t) => {
      const d = new PyDict();
      for (const [k, v] of asType(t).dict) d.set(pyStr(k), v);
      return d;
    }),
    mro: method(['self'], (_ctx, [t]) => new PyList([...asType(t).mro])),
    __repr__: method(['self'], (_ctx, [t]) => {
      const type = asType(t);
      const module = type.dict.get('__module__');
      const m = module instanceof PyStr ? module.value : type.module;
      return pyStr(m === 'builtins' ? `<class '${type.qualname}'>` : `<class '${m}.${type.qualname}'>`);
    }),
    __subclasscheck__: method(['self', 'sub'], (_ctx, [t, sub]) => pyBool(sub instanceof PyType && sub.isSubtypeOf(asType(t)))),
    __instancecheck__: method(['self', 'obj'], (_ctx, [t, obj]) => pyBool(obj.type.isSubtypeOf(asType(t)))),
  });
  typeType.construct = (_ctx, _type, args) => {
    if (args.length === 1) return args[0]!.type;
    throw pyError(PyExc.TypeError, 'type() takes 1 argument in Tandem (creating classes with type() is not supported)');
  };
}

/** dir(obj): instance attributes, then everything along the type's MRO, sorted. */
export function dirNames(obj: PyObject): string[] {
  const names = new Set<string>();
  if (obj.dict !== null) for (const k of obj.dict.keys()) names.add(k);
  const mro = obj instanceof PyType ? obj.mro : obj.type.mro;
  for (const t of mro) for (const k of t.dict.keys()) names.add(k);
  if (!(obj instanceof PyType)) names.add('__class__');
  return [...names].sort();
}
