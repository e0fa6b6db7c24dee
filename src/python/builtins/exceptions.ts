// BaseException's methods: args, str(e), repr(e), and the chaining attributes.

import { None } from '../objects/constants.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { iteratorBaseType, PyIterator } from '../objects/iterator.ts';
import type { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { callObject } from '../runtime/call.ts';
import { toArray } from '../runtime/iteration.ts';
import { isTruthy } from '../runtime/truth.ts';
import { pyBool } from '../objects/int.ts';
import { addMembers, getter, method } from '../runtime/native.ts';
import { repr, str } from '../runtime/text.ts';

function exc(obj: PyObject): PyBaseException {
  if (obj instanceof PyBaseException) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'BaseException' object but received a '${obj.type.name}'`);
}

export function installExceptions(): void {
  addMembers(PyExc.BaseException, {
    __init__: method(['self', '*args'], (_ctx, [self, args]) => {
      exc(self).args = args;
      return None;
    }),
    __str__: method(['self'], async (ctx, [self]) => {
      const args = exc(self).args;
      if (args.length === 0) return pyStr('');
      if (args.length === 1) return pyStr(await str(ctx, args[0]!));
      return pyStr(await repr(ctx, pyTuple(args)));
    }),
    __repr__: method(['self'], async (ctx, [self]) => {
      const e = exc(self);
      const parts: string[] = [];
      for (const a of e.args) parts.push(await repr(ctx, a));
      return pyStr(`${e.type.name}(${parts.join(', ')})`);
    }),
    args: getter(
      (_ctx, self) => pyTuple(exc(self).args),
      async (ctx, self, value) => void (exc(self).args = await toArray(ctx, value)),
    ),
    __cause__: getter(
      (_ctx, self) => exc(self).cause ?? None,
      (_ctx, self, v) => void (exc(self).cause = v instanceof PyBaseException ? v : null),
    ),
    __context__: getter(
      (_ctx, self) => exc(self).context ?? None,
      (_ctx, self, v) => void (exc(self).context = v instanceof PyBaseException ? v : null),
    ),
    __suppress_context__: getter(
      (_ctx, self) => pyBool(exc(self).suppressContext),
      async (ctx, self, v) => void (exc(self).suppressContext = await isTruthy(ctx, v)),
    ),
    __traceback__: getter(() => None),
    with_traceback: method(['self', 'tb'], (_ctx, [self]) => self),
  });
  addMembers(PyExc.KeyError, {
    __str__: method(['self'], async (ctx, [self]) => {
      const args = exc(self).args;
      if (args.length === 1) return pyStr(await repr(ctx, args[0]!));
      const base = PyExc.BaseException.dict.get('__str__')!;
      return callObject(ctx, base, [self]);
    }),
  });
  addMembers(PyExc.StopIteration, {
    value: getter((_ctx, self) => exc(self).args[0] ?? None),
  });
  // sys.exit(code): None without arguments, the argument itself with one, all of them with several.
  addMembers(PyExc.SystemExit, {
    code: getter((_ctx, self) => {
      const args = exc(self).args;
      return args.length === 0 ? None : args.length === 1 ? args[0]! : pyTuple(args);
    }),
  });
}

/** Native iterators are their own iterators; __next__ raises StopIteration at the end. */
export function installIterators(): void {
  addMembers(iteratorBaseType, {
    __iter__: method(['self'], (_ctx, [self]) => self),
    __next__: method(['self'], async (ctx, [self]) => {
      const v = await (self as PyIterator).next(ctx);
      if (v === undefined) throw new PyBaseException(PyExc.StopIteration, []);
      return v;
    }),
  });
}
