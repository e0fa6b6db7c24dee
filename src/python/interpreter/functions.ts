// `def` and `lambda`: making function objects, and binding a call's arguments to a new activation's locals.

import type { FunctionDef, Lambda } from '../ast.ts';
import type { Kwargs } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyFunction } from '../objects/function.ts';
import type { PyObject } from '../objects/object.ts';
import { pyStr, PyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { bindArguments, type Signature } from '../runtime/signature.ts';
import { evalExpr } from './expressions.ts';
import type { Interpreter } from './interpreter.ts';
import type { Scope } from './scope.ts';

const signatures = new WeakMap<FunctionDef | Lambda, Signature>();

export function signatureOf(node: FunctionDef | Lambda): Signature {
  let sig = signatures.get(node);
  if (sig === undefined) {
    const a = node.args;
    const positional = [...a.posonlyargs, ...a.args].map((p) => p.arg);
    sig = {
      positional,
      posOnlyCount: a.posonlyargs.length,
      requiredCount: positional.length - a.defaults.length,
      varargs: a.vararg?.arg ?? null,
      kwOnly: a.kwonlyargs.map((p) => p.arg),
      kwOnlyRequired: a.kwDefaults.map((d) => d === null),
      varkw: a.kwarg?.arg ?? null,
    };
    signatures.set(node, sig);
  }
  return sig;
}

/** The new frame's locals for a call: parameters bound, defaults filled, *args and **kwargs packed. */
export function bindFunctionArguments(fn: PyFunction, args: PyObject[], kwargs: Kwargs): Map<string, PyObject> {
  const sig = signatureOf(fn.node);
  const bound = bindArguments(fn.qualname, sig, args, kwargs);
  const vars = new Map<string, PyObject>();
  const npos = sig.positional.length;
  const firstDefault = npos - fn.defaults.length;
  for (let i = 0; i < npos; i++) vars.set(sig.positional[i]!, bound.slots[i] ?? fn.defaults[i - firstDefault]!);
  if (sig.varargs !== null) vars.set(sig.varargs, pyTuple(bound.rest));
  sig.kwOnly.forEach((name, k) => vars.set(name, bound.slots[npos + k] ?? fn.kwDefaults.get(name)!));
  if (sig.varkw !== null) {
    const d = new PyDict();
    for (const [k, v] of bound.extra) d.set(pyStr(k), v);
    vars.set(sig.varkw, d);
  }
  return vars;
}

/** Evaluates defaults (left to right, at definition time) and closes over the defining scope. */
export async function makeFunction(interp: Interpreter, node: FunctionDef | Lambda, scope: Scope): Promise<PyFunction> {
  const defaults: PyObject[] = [];
  for (const d of node.args.defaults) defaults.push(await evalExpr(interp, d, scope));
  const kwDefaults = new Map<string, PyObject>();
  for (let k = 0; k < node.args.kwonlyargs.length; k++) {
    const d = node.args.kwDefaults[k];
    if (d !== null && d !== undefined) kwDefaults.set(node.args.kwonlyargs[k]!.arg, await evalExpr(interp, d, scope));
  }
  const name = node.kind === 'Lambda' ? '<lambda>' : node.name;
  const moduleName = scope.globals.get('__name__');
  const fn = new PyFunction({
    name,
    qualname: scope.qualPrefix + name,
    node,
    defaults,
    kwDefaults,
    closure: scope.enclosingForNested,
    globals: scope.globals,
    module: moduleName instanceof PyStr ? moduleName.value : '__main__',
    classCell: scope.classCell,
  });
  if (node.kind === 'FunctionDef' && node.docstring !== null) fn.dict!.set('__doc__', pyStr(node.docstring));
  return fn;
}
