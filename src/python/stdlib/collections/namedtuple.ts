// collections.namedtuple: a tuple subclass whose items have names, made at run time from the field list.
// Errors and reprs are CPython's: `Point(x=1, y=2)`, "Point.__new__() missing 1 required positional argument".

import type { Context } from '../../objects/context.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBuiltinFunction, PyClassMethod, PyProperty } from '../../objects/function.ts';
import { PyObject, PyType } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { PyTuple, pyTuple, tupleType } from '../../objects/tuple.ts';
import { asString, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { method, nativeFunction } from '../../runtime/native.ts';
import { bindArguments, type Signature } from '../../runtime/signature.ts';
import { repr } from '../../runtime/text.ts';
import { isTruthy } from '../../runtime/truth.ts';

const identifier = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

async function fieldNames(ctx: Context, spec: PyObject): Promise<string[]> {
  if (spec instanceof PyStr) return spec.value.replace(/,/g, ' ').split(/\s+/).filter((s) => s !== '');
  return (await toArray(ctx, spec)).map((f) => asString(f, 'field name'));
}

function checkNames(typename: string, fields: string[], rename: boolean): string[] {
  const checked = [...fields];
  if (rename) {
    const seen = new Set<string>();
    checked.forEach((name, i) => {
      if (!identifier.test(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name)) checked[i] = `_${i}`;
      seen.add(checked[i]!);
    });
  }
  for (const name of [typename, ...checked]) {
    if (!identifier.test(name)) throw pyError(PyExc.ValueError, `Type names and field names must be valid identifiers: '${name}'`);
    if (KEYWORDS.has(name)) throw pyError(PyExc.ValueError, `Type names and field names cannot be a keyword: '${name}'`);
  }
  const seen = new Set<string>();
  for (const name of checked) {
    if (name.startsWith('_') && !rename) throw pyError(PyExc.ValueError, `Field names cannot start with an underscore: '${name}'`);
    if (seen.has(name)) throw pyError(PyExc.ValueError, `Encountered duplicate field name: '${name}'`);
    seen.add(name);
  }
  return checked;
}

/** A field: reads one item; namedtuples are immutable. */
function fieldProperty(index: number): PyProperty {
  const fget = new PyBuiltinFunction('fget', (_ctx, args) => (args[0] as PyTuple).items[index]!);
  const fset = new PyBuiltinFunction('fset', () => {
    throw pyError(PyExc.AttributeError, "can't set attribute");
  });
  return new PyProperty(fget, fset);
}

function tupleOf(obj: PyObject | undefined): PyTuple {
  if (obj instanceof PyTuple) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a namedtuple but received a '${obj?.type.name ?? 'None'}'`);
}

export const namedtuple = nativeFunction(
  'namedtuple',
  ['typename', 'field_names', '*', 'rename?', 'defaults?', 'module?'],
  async (ctx, [typenameArg, fieldsArg, , renameArg, defaultsArg, moduleArg]) => {
    const typename = asString(typenameArg, 'typename');
    const rename = renameArg !== undefined && (await isTruthy(ctx, renameArg));
    const fields = checkNames(typename, await fieldNames(ctx, fieldsArg), rename);
    const defaults = given(defaultsArg) ? await toArray(ctx, defaultsArg) : [];
    if (defaults.length > fields.length) throw pyError(PyExc.TypeError, 'Got more default values than field names');
    const firstDefault = fields.length - defaults.length;
    const sig: Signature = {
      positional: ['_cls', ...fields],
      posOnlyCount: 0,
      requiredCount: 1 + firstDefault,
      varargs: null,
      kwOnly: [],
      kwOnlyRequired: [],
      varkw: null,
    };
    const cls = new PyType(typename, [tupleType], {
      heap: true,
      module: given(moduleArg) ? asString(moduleArg, 'module') : '__main__',
      construct: (_ctx, type, args, kwargs) => {
        const bound = bindArguments(`${typename}.__new__`, sig, [type, ...args], kwargs);
        const items = fields.map((_, i) => bound.slots[i + 1] ?? defaults[i - firstDefault]!);
        return new PyTuple(items, type);
      },
    });
    const fieldDefaults = new PyDict();
    defaults.forEach((d, i) => fieldDefaults.set(pyStr(fields[firstDefault + i]!), d));
    fields.forEach((name, i) => cls.dict.set(name, fieldProperty(i)));
    const members: Record<string, PyObject> = {
      __repr__: method(['self'], async (ctx, [self]) => {
        const t = tupleOf(self);
        const parts: string[] = [];
        for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]}=${await repr(ctx, t.items[i]!)}`);
        return pyStr(`${t.type.name}(${parts.join(', ')})`);
      }),
      _asdict: method(['self'], (_ctx, [self]) => {
        const t = tupleOf(self);
        const d = new PyDict();
        fields.forEach((name, i) => d.set(pyStr(name), t.items[i]!));
        return d;
      }),
      _replace: method(['self', '**changes'], (_ctx, [self, changes]) => {
        const t = tupleOf(self);
        const unknown = [...changes.keys()].filter((k) => !fields.includes(k));
        if (unknown.length > 0) throw pyError(PyExc.ValueError, `Got unexpected field names: [${unknown.map((k) => `'${k}'`).join(', ')}]`);
        return new PyTuple(fields.map((name, i) => changes.get(name) ?? t.items[i]!), t.type);
      }),
      _make: new PyClassMethod(
        method(['cls', 'iterable'], async (ctx, [c, iterable]) => {
          const items = await toArray(ctx, iterable);
          if (items.length !== fields.length) throw pyError(PyExc.TypeError, `Expected ${fields.length} arguments, got ${items.length}`);
          return new PyTuple(items, c as PyType);
        }),
      ),
      _fields: pyTuple(fields.map((f) => pyStr(f))),
      _field_defaults: fieldDefaults,
      __slots__: pyTuple([]),
      __doc__: pyStr(`${typename}(${fields.join(', ')})`),
    };
    for (const [key, value] of Object.entries(members)) {
      if (value instanceof PyBuiltinFunction) {
        value.name = key;
        value.qualname = `${typename}.${key}`;
      }
      if (value instanceof PyClassMethod && value.func instanceof PyBuiltinFunction) {
        value.func.name = key;
        value.func.qualname = `${typename}.${key}`;
      }
      cls.dict.set(key, value);
    }
    return cls;
  },
);
