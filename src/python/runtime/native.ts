// Helpers for writing Python objects in TypeScript: functions with Python-style parameters, classes (that user
// code may subclass) and modules. See /tmp/interp-progress.md (the modules guide) for worked examples.

import type { Context, Kwargs } from '../objects/context.ts';
import { PyBuiltinFunction, PyClassMethod, PyProperty, PyStaticMethod } from '../objects/function.ts';
import { PyModule } from '../objects/module.ts';
import { PyObject, PyType, objectType, type Construct } from '../objects/object.ts';
import { bindArguments, type Signature } from './signature.ts';

/**
 * Parameter specs, Python-like:
 *   'x'        required, positional or keyword
 *   'x?'       optional: undefined when not passed (the native applies its own default)
 *   '*'        the following parameters are keyword-only (its slot is always undefined)
 *   '*args'    the extra positional arguments, as PyObject[]
 *   '**kw'     the extra keyword arguments, as Map<string, PyObject>
 */
type ParamValue<P extends string> = P extends '*'
  ? undefined
  : P extends `**${string}`
    ? Map<string, PyObject>
    : P extends `*${string}`
      ? PyObject[]
      : P extends `${string}?`
        ? PyObject | undefined
        : PyObject;

export type BoundParams<Ps extends readonly string[]> = { -readonly [K in keyof Ps]: ParamValue<Ps[K]> };

export type NativeBody<Ps extends readonly string[]> = (
  ctx: Context,
  args: BoundParams<Ps>,
) => PyObject | Promise<PyObject>;

/** Turns a parameter spec into a Signature; also where the spec is validated. */
export function parseParams(name: string, params: readonly string[]): Signature {
  const sig: Signature = {
    positional: [],
    posOnlyCount: 0,
    requiredCount: 0,
    varargs: null,
    kwOnly: [],
    kwOnlyRequired: [],
    varkw: null,
  };
  let keywordOnly = false;
  let seenOptional = false;
  for (const p of params) {
    if (p === '*') {
      keywordOnly = true;
    } else if (p.startsWith('**')) {
      sig.varkw = p.slice(2);
    } else if (p.startsWith('*')) {
      sig.varargs = p.slice(1);
      keywordOnly = true;
    } else {
      const optional = p.endsWith('?');
      const bare = optional ? p.slice(0, -1) : p;
      if (keywordOnly) {
        sig.kwOnly.push(bare);
        sig.kwOnlyRequired.push(!optional);
      } else {
        if (!optional && seenOptional) throw new Error(`${name}: required parameter '${bare}' after an optional one`);
        seenOptional ||= optional;
        sig.positional.push(bare);
        if (!optional) sig.requiredCount++;
      }
    }
  }
  return sig;
}

/** Lays bound arguments out in the order the spec lists its parameters. */
function layout(name: string, params: readonly string[], sig: Signature, args: PyObject[], kwargs: Kwargs): unknown[] {
  const bound = bindArguments(name, sig, args, kwargs);
  const out: unknown[] = [];
  let slot = 0;
  for (const p of params) {
    if (p === '*') out.push(undefined);
    else if (p.startsWith('**')) out.push(bound.extra);
    else if (p.startsWith('*')) out.push(bound.rest);
    else out.push(bound.slots[slot++]);
  }
  return out;
}

/** A native function: `nativeFunction('seed', ['a?'], (ctx, [a]) => None)`. */
export function nativeFunction<const Ps extends readonly string[]>(
  name: string,
  params: Ps,
  body: NativeBody<Ps>,
): PyBuiltinFunction {
  const sig = parseParams(name, params);
  // Reads fn.qualname at call time, so the name defineClass gives a method reaches its error messages.
  const fn: PyBuiltinFunction = new PyBuiltinFunction(name, (ctx, args, kwargs) => {
    const bound = layout(fn.qualname, params, sig, args, kwargs) as BoundParams<Ps>;
    return body(ctx, bound);
  });
  fn.params = params;
  return fn;
}

/** A method for defineClass/defineModule; its name comes from the key it is stored under. 'self' is explicit. */
export function method<const Ps extends readonly string[]>(params: Ps, body: NativeBody<Ps>): PyBuiltinFunction {
  return nativeFunction('', params, body);
}

/** A read-only (or, with `set`, writable) attribute computed in TS: `tensor.shape`, `tensor.grad`. */
export function getter(
  get: (ctx: Context, self: PyObject) => PyObject | Promise<PyObject>,
  set?: (ctx: Context, self: PyObject, value: PyObject) => void | Promise<void>,
): PyProperty {
  const fget = new PyBuiltinFunction('fget', (ctx, args) => get(ctx, args[0]!));
  const fset =
    set === undefined
      ? null
      : new PyBuiltinFunction('fset', async (ctx, args) => {
          await set(ctx, args[0]!, args[1]!);
          return args[0]!;
        });
  return new PyProperty(fget, fset);
}

export function staticMethod(fn: PyBuiltinFunction): PyStaticMethod {
  return new PyStaticMethod(fn);
}

/** The function receives the class as its first argument. */
export function classMethod(fn: PyBuiltinFunction): PyClassMethod {
  return new PyClassMethod(fn);
}

export interface ClassSpec {
  name: string;
  /** Shown in reprs and by type(): 'torch', 'torch.nn'. */
  module?: string;
  bases?: PyType[];
  /**
   * Creates instances (`__new__`). Inherited: a user class deriving from this one gets objects made here with
   * `type` set to the user class. Omit for classes that Python code cannot instantiate directly.
   */
  construct?: Construct;
  /** What the constructor takes (a parameter spec as above), shown by the editor's hover docs. */
  params?: readonly string[];
  /** Methods, getters (from `getter`), static/class methods and plain class attributes, by name. */
  members?: Record<string, PyObject>;
}

/** Defines a native class. Methods receive `self` first; dunders (`__add__`, `__call__`...) work as in Python. */
export function defineClass(spec: ClassSpec): PyType {
  const type = new PyType(spec.name, spec.bases ?? [objectType], { module: spec.module, construct: spec.construct, params: spec.params });
  addMembers(type, spec.members ?? {});
  return type;
}

/** Adds (or replaces) a member of a native class, naming natives after their key. */
export function addMember(type: PyType, key: string, value: PyObject): void {
  const fn =
    value instanceof PyBuiltinFunction
      ? value
      : value instanceof PyStaticMethod || value instanceof PyClassMethod
        ? value.func
        : null;
  if (fn instanceof PyBuiltinFunction && fn.name === '') {
    fn.name = key;
    fn.qualname = `${type.name}.${key}`;
  }
  type.dict.set(key, value);
}

/** Adds several members at once (see addMember). */
export function addMembers(type: PyType, members: Record<string, PyObject>): void {
  for (const [key, value] of Object.entries(members)) addMember(type, key, value);
}

/** A module from its attributes; natives stored without a name are named after their key. */
export function defineModule(name: string, attributes: Record<string, PyObject>): PyModule {
  for (const [key, value] of Object.entries(attributes)) {
    if (value instanceof PyBuiltinFunction && value.name === '') {
      value.name = key;
      value.qualname = key;
    }
  }
  return new PyModule(name, Object.entries(attributes));
}
