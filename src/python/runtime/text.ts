// repr(), str() and format(): dispatch to __repr__/__str__/__format__ (which every built-in type defines, in
// builtins/), with fast paths for the common scalars.

import { floatRepr } from '../modules/format/pyFloat.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { floatType, PyFloat } from '../objects/float.ts';
import { intType, PyInt } from '../objects/int.ts';
import { objectId, type PyObject } from '../objects/object.ts';
import { PyStr, pyStr, strType } from '../objects/str.ts';
import { callObject } from './call.ts';

/** repr(obj) */
export async function repr(ctx: Context, obj: PyObject): Promise<string> {
  if (obj.type === strType) return quote((obj as PyStr).value);
  if (obj.type === intType) return (obj as PyInt).value.toString();
  if (obj.type === floatType) return floatRepr((obj as PyFloat).value);
  return callText(ctx, obj, '__repr__');
}

/** str(obj) */
export async function str(ctx: Context, obj: PyObject): Promise<string> {
  if (obj.type === strType) return (obj as PyStr).value;
  if (obj.type === intType) return (obj as PyInt).value.toString();
  if (obj.type === floatType) return floatRepr((obj as PyFloat).value);
  return callText(ctx, obj, '__str__');
}

/** ascii(obj): the repr with every non-ASCII character escaped. */
export async function asciiRepr(ctx: Context, obj: PyObject): Promise<string> {
  return (await repr(ctx, obj)).replace(/[^\x00-\x7f]/gu, (c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
    return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
  });
}

/** format(obj, spec) */
export async function format(ctx: Context, obj: PyObject, spec: string): Promise<string> {
  return callText(ctx, obj, '__format__', [pyStr(spec)]);
}

async function callText(ctx: Context, obj: PyObject, name: string, args: PyObject[] = []): Promise<string> {
  const fn = obj.type.lookup(name);
  if (fn === undefined) return defaultRepr(obj);
  const r = await callObject(ctx, fn, [obj, ...args]);
  if (!(r instanceof PyStr)) throw pyError(PyExc.TypeError, `${name} returned non-string (type ${r.type.name})`);
  return r.value;
}

/** `<__main__.Point object at 0x7f...>` */
export function defaultRepr(obj: PyObject): string {
  const t = obj.type;
  const name = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  return `<${name} object at 0x${objectId(obj).toString(16)}>`;
}

/** Characters str.isprintable() rejects (Unicode "Other" and separators), which repr escapes; space is fine. */
const unprintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr of a str: single quotes unless the text has a ' and no ", escapes for the unprintable. */
export function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && unprintable.test(ch)) {
      if (code < 0x100) out += '\\x' + code.toString(16).padStart(2, '0');
      else if (code < 0x10000) out += '\\u' + code.toString(16).padStart(4, '0');
      else out += '\\U' + code.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

/**
 * Guards reprs of containers that contain themselves: `[[...]]`. The set lives per run, keyed on this
 * function, so concurrent runs in one process do not see each other's work.
 */
export async function reprOnce(ctx: Context, obj: PyObject, placeholder: string, body: () => Promise<string>): Promise<string> {
  const active = ctx.local(reprOnce, () => new Set<PyObject>());
  if (active.has(obj)) return placeholder;
  active.add(obj);
  try {
    return await body();
  } finally {
    active.delete(obj);
  }
}
