// collections.defaultdict: a dict that fills in a missing key with default_factory() (a list, a counter 0).

import { None } from '../../objects/constants.ts';
import { dictType, PyDict } from '../../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../../objects/exception.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { dictRepr, updateDict } from '../../builtins/dict.ts';
import { callObject, isCallable } from '../../runtime/call.ts';
import { keyReady } from '../../runtime/keys.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { repr, reprOnce } from '../../runtime/text.ts';

export class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}

function self0(obj: PyObject): PyDefaultDict {
  if (obj instanceof PyDefaultDict) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'collections.defaultdict' object but received a '${obj.type.name}'`);
}

export const defaultdictType: PyType = defineClass({
  name: 'defaultdict',
  module: 'collections',
  bases: [dictType],
  construct: (_ctx, type) => new PyDefaultDict(type),
  members: {
    __init__: method(['self', 'default_factory?', '*args', '**kwargs'], async (ctx, [self, factory, args, kwargs]) => {
      const d = self0(self);
      if (factory !== undefined && factory !== None && !isCallable(factory)) {
        throw pyError(PyExc.TypeError, 'first argument must be callable or None');
      }
      d.factory = factory ?? None;
      if (args.length > 1) throw pyError(PyExc.TypeError, `dict expected at most 1 argument, got ${args.length}`);
      await updateDict(ctx, d, args[0], kwargs);
      return None;
    }),
    __missing__: method(['self', 'key'], async (ctx, [self, key]) => {
      const d = self0(self);
      if (d.factory === None) throw new PyBaseException(PyExc.KeyError, [key]);
      const value = await callObject(ctx, d.factory);
      await keyReady(ctx, key);
      d.set(key, value);
      return value;
    }),
    __repr__: method(['self'], async (ctx, [self]) => {
      const d = self0(self);
      const factory = await reprOnce(ctx, d.factory, '...', () => repr(ctx, d.factory));
      return pyStr(`${d.type.name}(${factory}, ${await dictRepr(ctx, d)})`);
    }),
    copy: method(['self'], async (ctx, [self]) => {
      const d = self0(self);
      const copy = new PyDefaultDict(d.type);
      copy.factory = d.factory;
      await updateDict(ctx, copy, d, new Map());
      return copy;
    }),
    default_factory: getter(
      (_ctx, self) => self0(self).factory,
      (_ctx, self, value) => {
        self0(self).factory = value;
      },
    ),
  },
});
