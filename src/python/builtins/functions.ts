// The remaining built-in functions: print, len, abs, round, divmod, pow, isinstance, getattr and friends,
// repr, format, id, hash, chr, ord, bin/oct/hex, dir, vars, globals, locals, and the unsupported ones.

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { namespaceDict } from '../objects/namespaceDict.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyInt, pyBool, pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import { objectId, PyType, type PyObject } from '../objects/object.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { delAttr, getAttr, getAttrOrUndefined, setAttr } from '../runtime/attributes.ts';
import { callObject, isCallable } from '../runtime/call.ts';
import { asIndex, asInt, asString, given } from '../runtime/convert.ts';
import { nativeFunction } from '../runtime/native.ts';
import { binaryOp } from '../runtime/operators.ts';
import { asciiRepr, format, repr, str } from '../runtime/text.ts';
import { length } from '../runtime/truth.ts';
import { pyHash } from '../runtime/hashing.ts';
import { dirNames } from './object.ts';
import { divmod as numberDivmod } from './numbers.ts';
import { unsupported } from '../interpreter/unsupported.ts';

const print = nativeFunction('print', ['*values', '*', 'sep?', 'end?', 'file?', 'flush?'], async (ctx, [values, , sep, end]) => {
  const separator = given(sep) ? asString(sep, 'sep') : ' ';
  const ending = given(end) ? asString(end, 'end') : '\n';
  const parts: string[] = [];
  for (const v of values) parts.push(await str(ctx, v));
  ctx.host.stdout(parts.join(separator) + ending);
  return None;
});

const len = nativeFunction('len', ['obj'], async (ctx, [obj]) => pyInt(await length(ctx, obj)));

const abs = nativeFunction('abs', ['x'], async (ctx, [x]) => {
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
  const fn = x.type.lookup('__abs__');
  if (fn === undefined) throw pyError(PyExc.TypeError, `bad operand type for abs(): '${x.type.name}'`);
  return callObject(ctx, fn, [x]);
});

const round = nativeFunction('round', ['number', 'ndigits?'], async (ctx, [x, ndigits]) => {
  const fn = x.type.lookup('__round__');
  if (fn === undefined) throw pyError(PyExc.TypeError, `type ${x.type.name} doesn't define __round__ method`);
  return callObject(ctx, fn, given(ndigits) ? [x, ndigits] : [x]);
});

const divmod = nativeFunction('divmod', ['a', 'b'], async (ctx, [a, b]) => {
  const r = numberDivmod(a, b);
  if (r !== undefined) return r;
  const fn = a.type.lookup('__divmod__');
  if (fn !== undefined) return callObject(ctx, fn, [a, b]);
  throw pyError(PyExc.TypeError, `unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
});

/** pow(base, exp, mod): three-argument pow is modular exponentiation on ints. */
const pow = nativeFunction('pow', ['base', 'exp', 'mod?'], async (ctx, [base, exp, mod]) => {
  if (!given(mod)) return binaryOp(ctx, 'Pow', base, exp);
  if (!(base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt)) {
    throw pyError(PyExc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let m = BigInt(mod.value);
  if (m === 0n) throw pyError(PyExc.ValueError, 'pow() 3rd argument cannot be 0');
  const negativeModulus = m < 0n;
  if (negativeModulus) m = -m;
  let b = ((BigInt(base.value) % m) + m) % m;
  let e = BigInt(exp.value);
  if (e < 0n) {
    b = modularInverse(b, m);
    e = -e;
  }
  let result = 1n % m;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  if (negativeModulus && result !== 0n) result -= m;
  return pyInt(result);
});

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError(PyExc.ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/** isinstance's classinfo: a type or a (nested) tuple of types. */
function isInstanceOf(obj: PyObject, classinfo: PyObject, fname: string): boolean {
  if (classinfo instanceof PyType) return obj.type.isSubtypeOf(classinfo);
  if (classinfo instanceof PyTuple) return classinfo.items.some((c) => isInstanceOf(obj, c, fname));
  throw pyError(PyExc.TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

const isinstance = nativeFunction('isinstance', ['obj', 'classinfo'], (_ctx, [obj, classinfo]) =>
  pyBool(isInstanceOf(obj, classinfo, 'isinstance')),
);

function isSubclassOf(cls: PyType, classinfo: PyObject): boolean {
  if (classinfo instanceof PyType) return cls.isSubtypeOf(classinfo);
  if (classinfo instanceof PyTuple) return classinfo.items.some((c) => isSubclassOf(cls, c));
  throw pyError(PyExc.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

const issubclass = nativeFunction('issubclass', ['cls', 'classinfo'], (_ctx, [cls, classinfo]) => {
  if (!(cls instanceof PyType)) throw pyError(PyExc.TypeError, 'issubclass() arg 1 must be a class');
  return pyBool(isSubclassOf(cls, classinfo));
});

const attrName = (name: PyObject) => {
  if (!(name instanceof PyStr)) throw pyError(PyExc.TypeError, `attribute name must be string, not '${name.type.name}'`);
  return name.value;
};

const getattr = nativeFunction('getattr', ['object', 'name', 'default?'], async (ctx, [obj, name, dflt]) => {
  if (dflt === undefined) return getAttr(ctx, obj, attrName(name));
  return (await getAttrOrUndefined(ctx, obj, attrName(name))) ?? dflt;
});

const setattr = nativeFunction('setattr', ['object', 'name', 'value'], async (ctx, [obj, name, value]) => {
  await setAttr(ctx, obj, attrName(name), value);
  return None;
});

const delattr = nativeFunction('delattr', ['object', 'name'], async (ctx, [obj, name]) => {
  await delAttr(ctx, obj, attrName(name));
  return None;
});

const hasattr = nativeFunction('hasattr', ['object', 'name'], async (ctx, [obj, name]) =>
  pyBool((await getAttrOrUndefined(ctx, obj, attrName(name))) !== undefined),
);

const reprFn = nativeFunction('repr', ['obj'], async (ctx, [obj]) => pyStr(await repr(ctx, obj)));
const ascii = nativeFunction('ascii', ['obj'], async (ctx, [obj]) => pyStr(await asciiRepr(ctx, obj)));
const formatFn = nativeFunction('format', ['value', 'format_spec?'], async (ctx, [value, spec]) =>
  pyStr(await format(ctx, value, spec === undefined ? '' : asString(spec, 'format_spec'))),
);
const id = nativeFunction('id', ['obj'], (_ctx, [obj]) => pyInt(objectId(obj)));
const hash = nativeFunction('hash', ['obj'], async (ctx, [obj]) => pyInt(await pyHash(ctx, obj)));
const callable = nativeFunction('callable', ['obj'], (_ctx, [obj]) => pyBool(isCallable(obj)));

const chr = nativeFunction('chr', ['i'], (_ctx, [i]) => {
  const n = asIndex(i);
  if (n < 0 || n > 0x10ffff) throw pyError(PyExc.ValueError, 'chr() arg not in range(0x110000)');
  return pyStr(String.fromCodePoint(n));
});

const ord = nativeFunction('ord', ['c'], (_ctx, [c]) => {
  if (!(c instanceof PyStr)) throw pyError(PyExc.TypeError, `ord() expected string of length 1, but ${c.type.name} found`);
  const points = [...c.value];
  if (points.length !== 1) {
    throw pyError(PyExc.TypeError, `ord() expected a character, but string of length ${points.length} found`);
  }
  return pyInt(points[0]!.codePointAt(0)!);
});

function radix(name: string, base: number, prefix: string) {
  return nativeFunction(name, ['number'], (_ctx, [n]) => {
    const v = BigInt(asInt(n));
    return pyStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
  });
}

const dir = nativeFunction('dir', ['object?'], (ctx, [obj]) => {
  if (obj === undefined) {
    const frame = ctx.currentFrame();
    return new PyList([...(frame?.locals.keys() ?? [])].sort().map((n) => pyStr(n)));
  }
  return new PyList(dirNames(obj).map((n) => pyStr(n)));
});

/** Each function frame's locals() dict: CPython 3.11 keeps one per frame and refreshes it on every call. */
const frameLocals = new WeakMap<Map<string, PyObject>, PyDict>();

/**
 * locals(): at module level the globals themselves (writes define names); in a function the frame's dict,
 * refreshed from its variables, since in CPython 3.11 writes to it do not change the variables either.
 */
function localsOf(ctx: Context): PyDict {
  const frame = ctx.currentFrame();
  if (frame === null) return new PyDict();
  if (frame.fn === null && frame.name === '<module>') return namespaceDict(frame.locals);
  let d = frameLocals.get(frame.locals);
  if (d === undefined) {
    d = new PyDict();
    frameLocals.set(frame.locals, d);
  }
  for (const [k, v] of frame.locals) d.set(pyStr(k), v);
  return d;
}

const vars = nativeFunction('vars', ['object?'], (ctx, [obj]) => {
  if (obj === undefined) return localsOf(ctx);
  if (obj.dict === null) throw pyError(PyExc.TypeError, 'vars() argument must have __dict__ attribute');
  return namespaceDict(obj.dict);
});

const locals = nativeFunction('locals', [], (ctx) => localsOf(ctx));
const globals = nativeFunction('globals', [], (ctx) => {
  const frame = ctx.currentFrame();
  return namespaceDict(frame?.fn?.globals ?? frame?.locals ?? new Map());
});

function exitFunction(name: string) {
  return nativeFunction(name, ['code?'], (_ctx, [code]) => {
    throw new PyBaseException(PyExc.SystemExit, code === undefined ? [] : [code]);
  });
}

function unsupportedFunction(name: string) {
  return nativeFunction(name, ['*args', '**kwargs'], () => {
    throw unsupported(`${name}()`);
  });
}

export const coreFunctions: PyObject[] = [
  print,
  len,
  abs,
  round,
  divmod,
  pow,
  isinstance,
  issubclass,
  getattr,
  setattr,
  delattr,
  hasattr,
  reprFn,
  ascii,
  formatFn,
  id,
  hash,
  callable,
  chr,
  ord,
  radix('bin', 2, '0b'),
  radix('oct', 8, '0o'),
  radix('hex', 16, '0x'),
  dir,
  vars,
  locals,
  globals,
  exitFunction('exit'),
  exitFunction('quit'),
  unsupportedFunction('input'),
  unsupportedFunction('open'),
  unsupportedFunction('eval'),
  unsupportedFunction('exec'),
  unsupportedFunction('compile'),
  unsupportedFunction('breakpoint'),
  unsupportedFunction('__import__'),
  unsupportedFunction('__build_class__'),
  unsupportedFunction('aiter'),
  unsupportedFunction('anext'),
  unsupportedFunction('memoryview'),
  unsupportedFunction('bytearray'),
  unsupportedFunction('bytes'),
  unsupportedFunction('complex'),
  unsupportedFunction('help'),
];

