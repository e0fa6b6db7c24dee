// A small `sys`: what learner programs reach for (exit, argv, version, stdout.write, the recursion limit).
// There is one console, so sys.stderr writes there too.

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyBaseException, PyExc } from '../objects/exception.ts';
import { pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyModule } from '../objects/module.ts';
import { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { asString } from '../runtime/convert.ts';
import { defineClass, defineModule, method } from '../runtime/native.ts';

const consoleType = defineClass({
  name: 'TextIOWrapper',
  module: '_io',
  members: {
    write: method(['self', 's'], (ctx, [, s]) => {
      const text = asString(s, 'write() argument');
      ctx.host.stdout(text);
      return pyInt([...text].length);
    }),
    flush: method(['self'], () => None),
  },
});

export function loadSys(ctx: Context): PyModule {
  const console = new PyObject(consoleType);
  return defineModule('sys', {
    argv: new PyList([pyStr(ctx.filename)]),
    version: pyStr('3.11.7 (Tandem)'),
    version_info: pyTuple([pyInt(3), pyInt(11), pyInt(7), pyStr('final'), pyInt(0)]),
    platform: pyStr('tandem'),
    maxsize: pyInt(9223372036854775807n),
    stdout: console,
    stderr: console,
    exit: method(['status?'], (_ctx, [status]) => {
      throw new PyBaseException(PyExc.SystemExit, status === undefined ? [] : [status]);
    }),
    getrecursionlimit: method([], () => pyInt(1000)),
    setrecursionlimit: method(['limit'], () => None),
  });
}
