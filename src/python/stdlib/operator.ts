// `operator`: Python's operators as functions (operator.add for reduce, itemgetter/attrgetter for sort keys).

import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { pyBool } from '../objects/int.ts';
import type { PyModule } from '../objects/module.ts';
import { PyObject, type PyType } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { getAttr } from '../runtime/attributes.ts';
import { asString } from '../runtime/convert.ts';
import { contains } from '../runtime/iteration.ts';
import { defineClass, defineModule, method, nativeFunction } from '../runtime/native.ts';
import { binaryOp, richCompare, unaryOp, type RichOp } from '../runtime/operators.ts';
import { getItem } from '../runtime/subscript.ts';
import { repr } from '../runtime/text.ts';
import { isTruthy } from '../runtime/truth.ts';
import type { BinaryOperator } from '../ast.ts';

const binary = (name: string, op: BinaryOperator) =>
  nativeFunction(name, ['a', 'b'], (ctx, [a, b]) => binaryOp(ctx, op, a, b));
const compare = (name: string, op: RichOp) => nativeFunction(name, ['a', 'b'], (ctx, [a, b]) => richCompare(ctx, op, a, b));

/** itemgetter(k) / attrgetter('a.b'): callables that pick one item, or a tuple of several. */
class PyGetter extends PyObject {
  constructor(
    type: PyType,
    readonly keys: PyObject[],
  ) {
    super(type);
  }
}

function getterClass(name: string, pick: (ctx: Parameters<typeof getItem>[0], obj: PyObject, key: PyObject) => Promise<PyObject>) {
  return defineClass({
    name,
    module: 'operator',
    construct: (_ctx, type, args) => {
      if (args.length === 0) throw pyError(PyExc.TypeError, `${name} expected 1 argument, got 0`);
      return new PyGetter(type, [...args]);
    },
    members: {
      __call__: method(['self', 'obj'], async (ctx, [self, obj]) => {
        const keys = (self as PyGetter).keys;
        if (keys.length === 1) return pick(ctx, obj, keys[0]!);
        const out: PyObject[] = [];
        for (const k of keys) out.push(await pick(ctx, obj, k));
        return pyTuple(out);
      }),
      __repr__: method(['self'], async (ctx, [self]) => {
        const parts: string[] = [];
        for (const k of (self as PyGetter).keys) parts.push(await repr(ctx, k));
        return pyStr(`operator.${name}(${parts.join(', ')})`);
      }),
    },
  });
}

const itemgetter = getterClass('itemgetter', (ctx, obj, key) => getItem(ctx, obj, key));
const attrgetter = getterClass('attrgetter', async (ctx, obj, key) => {
  let value = obj;
  for (const part of asString(key, 'attribute name').split('.')) value = await getAttr(ctx, value, part);
  return value;
});

export function loadOperator(): PyModule {
  return defineModule('operator', {
    add: binary('add', 'Add'),
    sub: binary('sub', 'Sub'),
    mul: binary('mul', 'Mult'),
    truediv: binary('truediv', 'Div'),
    floordiv: binary('floordiv', 'FloorDiv'),
    mod: binary('mod', 'Mod'),
    pow: binary('pow', 'Pow'),
    matmul: binary('matmul', 'MatMult'),
    and_: binary('and_', 'BitAnd'),
    or_: binary('or_', 'BitOr'),
    xor: binary('xor', 'BitXor'),
    lt: compare('lt', 'Lt'),
    le: compare('le', 'LtE'),
    eq: compare('eq', 'Eq'),
    ne: compare('ne', 'NotEq'),
    gt: compare('gt', 'Gt'),
    ge: compare('ge', 'GtE'),
    neg: nativeFunction('neg', ['a'], (ctx, [a]) => unaryOp(ctx, 'USub', a)),
    not_: nativeFunction('not_', ['a'], async (ctx, [a]) => pyBool(!(await isTruthy(ctx, a)))),
    truth: nativeFunction('truth', ['a'], async (ctx, [a]) => pyBool(await isTruthy(ctx, a))),
    getitem: nativeFunction('getitem', ['a', 'b'], (ctx, [a, b]) => getItem(ctx, a, b)),
    contains: nativeFunction('contains', ['a', 'b'], async (ctx, [a, b]) => pyBool(await contains(ctx, a, b))),
    itemgetter,
    attrgetter,
    __doc__: None,
  });
}
