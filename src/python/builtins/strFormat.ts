// str.format(): '{} and {name}'.format(...), with indexes, attribute/item lookups, conversions (!r) and
// format specs that may themselves contain fields ('{:{width}}').

import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../objects/exception.ts';
import { pyInt } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { getAttr } from '../runtime/attributes.ts';
import { getItem } from '../runtime/subscript.ts';
import { asciiRepr, format, repr, str } from '../runtime/text.ts';

interface Numbering {
  next: number;
  mode: 'auto' | 'manual' | null;
}

/** Formats `template` with positional args and keyword args (a map, or a mapping object for format_map). */
export async function strFormat(
  ctx: Context,
  template: string,
  args: PyObject[],
  kwargs: Map<string, PyObject> | PyObject,
): Promise<string> {
  return render(ctx, template, args, kwargs, { next: 0, mode: null }, 2);
}

async function render(
  ctx: Context,
  template: string,
  args: PyObject[],
  kwargs: Map<string, PyObject> | PyObject,
  numbering: Numbering,
  depth: number,
): Promise<string> {
  if (depth < 0) throw pyError(PyExc.ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '}') {
      if (template[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyError(PyExc.ValueError, "Single '}' encountered in format string");
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    if (template[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching close brace, allowing one level of nesting in the spec.
    let level = 1;
    let j = i + 1;
    while (j < template.length && level > 0) {
      if (template[j] === '{') level++;
      else if (template[j] === '}') level--;
      if (level > 0) j++;
    }
    if (level > 0) throw pyError(PyExc.ValueError, "expected '}' before end of string");
    out += await renderField(ctx, template.slice(i + 1, j), args, kwargs, numbering, depth);
    i = j + 1;
  }
  return out;
}

async function renderField(
  ctx: Context,
  field: string,
  args: PyObject[],
  kwargs: Map<string, PyObject> | PyObject,
  numbering: Numbering,
  depth: number,
): Promise<string> {
  const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
  if (m === null) throw pyError(PyExc.ValueError, 'unmatched \'{\' in format spec');
  const [, name = '', chain = '', conversion, rawSpec = ''] = m;
  let value: PyObject;
  if (name === '') {
    if (numbering.mode === 'manual') {
      throw pyError(PyExc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    }
    numbering.mode = 'auto';
    value = positional(args, numbering.next++);
  } else if (/^\d+$/.test(name)) {
    if (numbering.mode === 'auto') {
      throw pyError(PyExc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    }
    numbering.mode = 'manual';
    value = positional(args, Number(name));
  } else {
    value = await keyword(ctx, kwargs, name);
  }
  for (const part of chain.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
    if (part.startsWith('.')) value = await getAttr(ctx, value, part.slice(1));
    else {
      const key = part.slice(1, -1);
      value = await getItem(ctx, value, /^\d+$/.test(key) ? pyInt(Number(key)) : pyStr(key));
    }
  }
  if (conversion === 'r') value = pyStr(await repr(ctx, value));
  else if (conversion === 'a') value = pyStr(await asciiRepr(ctx, value));
  else if (conversion === 's') value = pyStr(await str(ctx, value));
  const spec = rawSpec.includes('{') ? await render(ctx, rawSpec, args, kwargs, numbering, depth - 1) : rawSpec;
  return format(ctx, value, spec);
}

function positional(args: PyObject[], index: number): PyObject {
  const v = args[index];
  if (v === undefined) {
    throw pyError(PyExc.IndexError, `Replacement index ${index} out of range for positional args tuple`);
  }
  return v;
}

async function keyword(ctx: Context, kwargs: Map<string, PyObject> | PyObject, name: string): Promise<PyObject> {
  if (kwargs instanceof Map) {
    const v = kwargs.get(name);
    if (v === undefined) throw new PyBaseException(PyExc.KeyError, [pyStr(name)]);
    return v;
  }
  if (kwargs instanceof PyDict) {
    const v = kwargs.get(pyStr(name));
    if (v === undefined) throw new PyBaseException(PyExc.KeyError, [pyStr(name)]);
    return v;
  }
  return getItem(ctx, kwargs, pyStr(name));
}
