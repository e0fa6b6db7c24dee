// str.maketrans and str.translate: character-by-character mapping through a table (a dict from code points to
// a string, a code point, or None to delete).

import { None } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyInt, pyInt } from '../objects/int.ts';
import { PyObject } from '../objects/object.ts';
import { PyStr } from '../objects/str.ts';
import { getItem } from '../runtime/subscript.ts';

/** str.maketrans(x[, y[, z]]) */
export function makeTrans(x: PyObject, y: PyObject | undefined, z: PyObject | undefined): PyDict {
  const table = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw pyError(PyExc.TypeError, 'if you give only one argument to maketrans it must be a dict');
    for (const { key, value } of [...x.entries.values()]) {
      if (key instanceof PyStr) {
        if ([...key.value].length !== 1) throw pyError(PyExc.ValueError, 'string keys in translate table must be of length 1');
        table.set(pyInt(key.value.codePointAt(0)!), value);
      } else if (key instanceof PyInt) {
        table.set(key, value);
      } else {
        throw pyError(PyExc.TypeError, 'keys in translate table must be strings or integers');
      }
    }
    return table;
  }
  if (!(x instanceof PyStr) || !(y instanceof PyStr)) throw pyError(PyExc.TypeError, 'maketrans() arguments must be strings');
  const from = [...x.value];
  const to = [...y.value];
  if (from.length !== to.length) throw pyError(PyExc.ValueError, 'the first two maketrans arguments must have equal length');
  from.forEach((c, i) => table.set(pyInt(c.codePointAt(0)!), pyInt(to[i]!.codePointAt(0)!)));
  if (z !== undefined) {
    if (!(z instanceof PyStr)) throw pyError(PyExc.TypeError, 'maketrans() argument 3 must be str');
    for (const c of z.value) table.set(pyInt(c.codePointAt(0)!), None);
  }
  return table;
}

/** s.translate(table): characters the table does not map (LookupError) stay as they are. */
export async function translate(ctx: Context, s: string, table: PyObject): Promise<string> {
  let out = '';
  for (const ch of s) {
    let mapped: PyObject;
    try {
      mapped = await getItem(ctx, table, pyInt(ch.codePointAt(0)!));
    } catch (e) {
      if (e instanceof PyObject && e.type.isSubtypeOf(PyExc.LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (mapped === None) continue;
    if (mapped instanceof PyInt) out += String.fromCodePoint(Number(mapped.value));
    else if (mapped instanceof PyStr) out += mapped.value;
    else throw pyError(PyExc.TypeError, 'character mapping must return integer, None or str');
  }
  return out;
}
