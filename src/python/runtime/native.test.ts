// The API the Python modules are written against: native functions with Python-style parameters, native
// classes that user code subclasses (the nn.Module pattern), per-run state and the host.

import { describe, expect, it } from 'vitest';
import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyFloat } from '../objects/float.ts';
import { pyInt } from '../objects/int.ts';
import type { ModuleRegistry } from '../objects/module.ts';
import { PyObject, type PyType } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { runSnippet } from '../testing/runSnippet.ts';
import { genericSetAttr, getAttr } from './attributes.ts';
import { callObject } from './call.ts';
import { asNumber, given } from './convert.ts';
import { classMethod, defineClass, defineModule, getter, method, nativeFunction, staticMethod } from './native.ts';
import { str } from './text.ts';

/** A miniature nn: Module (subclassable, registers submodules on assignment) and Linear (y = w*x + b). */
class ModuleObject extends PyObject {
  readonly children: string[] = [];
  constructor(type: PyType) {
    super(type, new Map());
  }
}

const moduleType: PyType = defineClass({
  name: 'Module',
  module: 'toy.nn',
  construct: (_ctx, type) => new ModuleObject(type),
  members: {
    __init__: method(['self', '*args', '**kwargs'], () => None),
    __call__: method(['self', '*args', '**kwargs'], async (ctx, [self, args, kwargs]) =>
      callObject(ctx, await getAttr(ctx, self, 'forward'), args, kwargs),
    ),
    __setattr__: method(['self', 'name', 'value'], async (ctx, [self, name, value]) => {
      if (value instanceof ModuleObject) (self as ModuleObject).children.push(await str(ctx, name));
      await genericSetAttr(ctx, self, await str(ctx, name), value);
      return None;
    }),
    children_names: method(['self'], (_ctx, [self]) => pyTuple((self as ModuleObject).children.map((n) => pyStr(n)))),
  },
});

const linearType: PyType = defineClass({
  name: 'Linear',
  module: 'toy.nn',
  bases: [moduleType],
  members: {
    __init__: method(['self', 'w', 'b?'], (_ctx, [self, w, b]) => {
      self.dict!.set('w', w);
      self.dict!.set('b', b ?? pyFloat(0));
      return None;
    }),
    forward: method(['self', 'x'], (_ctx, [self, x]) =>
      pyFloat(asNumber(self.dict!.get('w')!) * asNumber(x) + asNumber(self.dict!.get('b')!)),
    ),
    weight: getter(
      (_ctx, self) => self.dict!.get('w')!,
      (_ctx, self, v) => void self.dict!.set('w', v),
    ),
    zero: classMethod(method(['cls'], (ctx, [cls]) => callObject(ctx, cls, [pyFloat(0)]))),
    describe: staticMethod(method([], () => pyStr('y = w*x + b'))),
  },
});

const stateKey = {};

const registry: ModuleRegistry = {
  toy: (ctx: Context) =>
    defineModule('toy', {
      clip: nativeFunction('clip', ['x', 'lo?', '*', 'hi?'], (_ctx, [x, lo, , hi]) => {
        let v = asNumber(x);
        if (given(lo)) v = Math.max(v, asNumber(lo));
        if (given(hi)) v = Math.min(v, asNumber(hi));
        return pyFloat(v);
      }),
      collect: method(['*args', '**kwargs'], (_ctx, [args, kwargs]) => pyStr(`${args.length} ${[...kwargs.keys()].join(',')}`)),
      count: method([], (c) => {
        const state = c.local(stateKey, () => ({ n: 0 }));
        state.n += 1;
        return pyInt(state.n);
      }),
      log_loss: method(['value'], (c, [value]) => {
        c.host.metric([{ series: 'loss', step: 1, value: asNumber(value) }]);
        return None;
      }),
      fail: method([], () => {
        throw pyError(PyExc.RuntimeError, 'mat1 and mat2 shapes cannot be multiplied (5x2 and 1x1)');
      }),
      broken: method([], () => {
        throw new Error('engine exploded');
      }),
      loaded_in: pyStr(ctx.filename),
    }),
  'toy.nn': () => defineModule('toy.nn', { Module: moduleType, Linear: linearType }),
};

const run = (code: string) => runSnippet(code, registry);

describe('native functions', () => {
  it('bind positional, optional and keyword-only parameters', async () => {
    const r = await run('import toy\nprint(toy.clip(5), toy.clip(5, 7), toy.clip(5, hi=2), toy.clip(x=1, lo=0, hi=3))');
    expect(r.stdout).toBe('5.0 7.0 2.0 1.0\n');
  });

  it('collect *args and **kwargs', async () => {
    expect((await run('import toy\nprint(toy.collect(1, 2, a=1, b=2))')).stdout).toBe('2 a,b\n');
  });

  it('raise CPython-style TypeErrors for bad calls', async () => {
    expect((await run('import toy\ntoy.clip()')).error).toBe("TypeError: clip() missing 1 required positional argument: 'x'");
    expect((await run('import toy\ntoy.clip(1, 2, 3)')).error).toBe(
      'TypeError: clip() takes from 1 to 2 positional arguments but 3 were given',
    );
    expect((await run('import toy\ntoy.clip(1, high=2)')).error).toBe(
      "TypeError: clip() got an unexpected keyword argument 'high'",
    );
  });

  it('raise Python exceptions, and turn other JS errors into RuntimeError', async () => {
    expect((await run('import toy\ntry:\n    toy.fail()\nexcept RuntimeError as e:\n    print("caught", e)')).stdout).toBe(
      'caught mat1 and mat2 shapes cannot be multiplied (5x2 and 1x1)\n',
    );
    expect((await run('import toy\ntoy.broken()')).error).toBe('RuntimeError: engine exploded');
  });

  it('keep per-run state with ctx.local', async () => {
    const code = 'import toy\ntoy.count()\nprint(toy.count())';
    expect((await run(code)).stdout).toBe('2\n');
    expect((await run(code)).stdout).toBe('2\n');
  });

  it('reach the host', async () => {
    const r = await run('import toy\ntoy.log_loss(0.25)');
    expect(r.metrics).toEqual([{ series: 'loss', step: 1, value: 0.25 }]);
  });
});

describe('native classes', () => {
  it('have methods, properties, static and class methods', async () => {
    const code = [
      'from toy.nn import Linear',
      'lin = Linear(2.0, 1.0)',
      'print(lin(3), lin.forward(x=1), lin.weight)',
      'lin.weight = 10.0',
      'print(lin(1), Linear.zero()(5), Linear.describe(), type(lin).__name__, isinstance(lin, Linear))',
      'print(type(lin))',
    ].join('\n');
    expect((await run(code)).stdout).toBe('7.0 3.0 2.0\n11.0 0.0 y = w*x + b Linear True\n<class \'toy.nn.Linear\'>\n');
  });

  it('can be subclassed in Python like nn.Module', async () => {
    const code = [
      'import toy.nn as nn',
      'class Model(nn.Module):',
      '    def __init__(self):',
      '        super().__init__()',
      '        self.first = nn.Linear(2.0)',
      '        self.second = nn.Linear(3.0, 1.0)',
      '        self.scale = 0.5',
      '    def forward(self, x):',
      '        return self.second(self.first(x)) * self.scale',
      'm = Model()',
      'print(m(2), m.children_names(), isinstance(m, nn.Module), m.scale)',
      'print([c.__name__ for c in type(m).__mro__])',
    ].join('\n');
    const r = await run(code);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("6.5 ('first', 'second') True 0.5\n['Model', 'Module', 'object']\n");
  });

  it('report errors inside user forward() with the Python frame', async () => {
    const code = 'import toy.nn as nn\nclass M(nn.Module):\n    def forward(self, x):\n        return x + "a"\nM()(1)';
    const r = await run(code);
    expect(r.error).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(r.result.ok ? [] : r.result.error.frames.map((f) => [f.name, f.line])).toEqual([
      ['<module>', 5],
      ['forward', 4],
    ]);
  });
});

describe('imports through the registry', () => {
  it('binds dotted imports as Python does', async () => {
    const code = [
      'import toy.nn',
      'print(toy.nn.Linear.__name__)',
      'import toy.nn as nn',
      'from toy import nn as nn2',
      'from toy.nn import Linear as L',
      'print(nn is nn2, L is nn.Linear, toy.loaded_in)',
      'from toy import *',
      'print(clip(-1, 0))',
    ].join('\n');
    expect((await run(code)).stdout).toBe('Linear\nTrue True main.py\n0.0\n');
  });

  it('finds math and random without the registry', async () => {
    expect((await run('import math, random\nrandom.seed(0)\nprint(math.floor(2.5), random.random())')).stdout).toBe(
      '2 0.8444218515250481\n',
    );
  });

  it('names missing modules and names', async () => {
    expect((await run('import requests')).error).toBe("ModuleNotFoundError: No module named 'requests'");
    expect((await run('import toy.vision')).error).toBe("ModuleNotFoundError: No module named 'toy.vision'");
    expect((await run('from toy import vision')).error).toBe(
      "ImportError: cannot import name 'vision' from 'toy' (unknown location)",
    );
    expect((await run('from . import toy')).error).toBe(
      'ImportError: attempted relative import with no known parent package',
    );
  });

  it('calls each loader once per run', async () => {
    let loads = 0;
    const counting: ModuleRegistry = { m: () => (loads++, defineModule('m', { x: pyInt(1) })) };
    await runSnippet('import m\nimport m as again\nfrom m import x', counting);
    expect(loads).toBe(1);
  });
});

describe('the statement-end hook', () => {
  it('runs after each module-level statement and each loop iteration', async () => {
    let calls = 0;
    const hooked: ModuleRegistry = {
      hook: (ctx) => {
        ctx.onStatementEnd(() => void calls++);
        return defineModule('hook', {});
      },
    };
    await runSnippet('import hook\nx = 1\nfor i in range(3):\n    y = i\n    z = i\nwhile x < 3:\n    x += 1', hooked);
    // import, x = 1, 3 for-iterations, the for statement, 2 while-iterations, the while statement
    expect(calls).toBe(1 + 1 + 3 + 1 + 2 + 1);
  });
});


describe('indexes from native objects', () => {
  it('accept anything with __index__ as a list index, as CPython does', async () => {
    const scalarType = defineClass({
      name: 'int64',
      module: 'toy',
      members: { __index__: method(['self'], () => pyInt(2)) },
    });
    const withScalar: ModuleRegistry = { s: () => defineModule('s', { two: new PyObject(scalarType) }) };
    const r = await runSnippet('import s\nxs = [10, 20, 30]\nxs[s.two] = 99\nprint(xs[s.two], "abc"[s.two], xs)', withScalar);
    expect(r.stdout).toBe('99 c [10, 20, 99]\n');
  });
});
