// Matching a call's arguments to parameters, shared by Python functions and natives so both raise CPython's
// messages: "f() missing 1 required positional argument: 'x'", "f() takes 2 positional arguments but 3 were
// given", "f() got an unexpected keyword argument 'y'".

import type { Kwargs } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import type { PyObject } from '../objects/object.ts';

export interface Signature {
  /** Positional parameters in order, positional-only ones first. */
  positional: string[];
  posOnlyCount: number;
  /** How many leading positional parameters have no default. */
  requiredCount: number;
  varargs: string | null;
  kwOnly: string[];
  /** Parallel to kwOnly. */
  kwOnlyRequired: boolean[];
  varkw: string | null;
}

export interface BoundArguments {
  /** One slot per positional parameter then per keyword-only parameter; undefined when not passed. */
  slots: (PyObject | undefined)[];
  /** Extra positional arguments (for *args). */
  rest: PyObject[];
  /** Extra keyword arguments (for **kwargs). */
  extra: Map<string, PyObject>;
}

/**
 * Binds args/kwargs to `sig`; `name` is the qualified name messages use ('Model.forward'). Parameters past
 * requiredCount (and keyword-only ones not required) are left undefined when not passed: the caller fills
 * defaults.
 */
export function bindArguments(name: string, sig: Signature, args: readonly PyObject[], kwargs: Kwargs): BoundArguments {
  const npos = sig.positional.length;
  const slots: (PyObject | undefined)[] = new Array(npos + sig.kwOnly.length).fill(undefined);
  const given = Math.min(args.length, npos);
  for (let i = 0; i < given; i++) slots[i] = args[i];
  const rest = sig.varargs !== null && args.length > npos ? args.slice(npos) : [];
  const extra = new Map<string, PyObject>();
  const posOnlyAsKeyword: string[] = [];

  for (const [key, value] of kwargs) {
    let index = sig.positional.indexOf(key);
    if (index >= 0 && index < sig.posOnlyCount) {
      if (sig.varkw !== null) {
        extra.set(key, value);
        continue;
      }
      posOnlyAsKeyword.push(key);
      continue;
    }
    if (index < 0) {
      const k = sig.kwOnly.indexOf(key);
      if (k >= 0) index = npos + k;
    }
    if (index < 0) {
      if (sig.varkw === null) throw pyError(PyExc.TypeError, `${name}() got an unexpected keyword argument '${key}'`);
      extra.set(key, value);
      continue;
    }
    if (slots[index] !== undefined) throw pyError(PyExc.TypeError, `${name}() got multiple values for argument '${key}'`);
    slots[index] = value;
  }
  if (posOnlyAsKeyword.length > 0) {
    throw pyError(
      PyExc.TypeError,
      `${name}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKeyword.join(', ')}'`,
    );
  }
  if (args.length > npos && sig.varargs === null) throw tooManyPositional(name, sig, args.length, kwargs);

  const missing: string[] = [];
  for (let i = Math.min(args.length, sig.requiredCount); i < sig.requiredCount; i++) {
    if (slots[i] === undefined) missing.push(sig.positional[i]!);
  }
  if (missing.length > 0) throw missingArguments(name, missing, 'positional');
  const missingKw = sig.kwOnly.filter((_param, k) => sig.kwOnlyRequired[k] && slots[npos + k] === undefined);
  if (missingKw.length > 0) throw missingArguments(name, missingKw, 'keyword-only');
  return { slots, rest, extra };
}

function tooManyPositional(name: string, sig: Signature, given: number, kwargs: Kwargs) {
  const npos = sig.positional.length;
  const hasDefaults = sig.requiredCount < npos;
  const takes = hasDefaults ? `from ${sig.requiredCount} to ${npos}` : String(npos);
  const plural = hasDefaults || npos !== 1 ? 's' : '';
  const kwOnlyGiven = sig.kwOnly.filter((name) => kwargs.has(name)).length;
  const kwOnlyText =
    kwOnlyGiven > 0
      ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwOnlyGiven} keyword-only argument${kwOnlyGiven !== 1 ? 's' : ''})`
      : '';
  const verb = given === 1 && kwOnlyGiven === 0 ? 'was' : 'were';
  return pyError(PyExc.TypeError, `${name}() takes ${takes} positional argument${plural} but ${given}${kwOnlyText} ${verb} given`);
}

function missingArguments(name: string, missing: string[], kind: string) {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const s = missing.length === 1 ? '' : 's';
  return pyError(PyExc.TypeError, `${name}() missing ${missing.length} required ${kind} argument${s}: ${list}`);
}
