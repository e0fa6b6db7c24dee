// str: the constructor and the methods learners use (split, join, format, strip, replace, upper, ...).

import { NotImplemented } from '../objects/constants.ts';
import type { Context } from '../objects/context.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyInt, pyBool, pyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { codePoints, PyStr, pyStr, strLength, strType } from '../objects/str.ts';
import { PyTuple, pyTuple } from '../objects/tuple.ts';
import { asIndex, asString, given } from '../runtime/convert.ts';
import { nativeIterator, toArray } from '../runtime/iteration.ts';
import { addMembers, method, staticMethod } from '../runtime/native.ts';
import { builtinGetItem } from '../runtime/subscript.ts';
import { quote, str } from '../runtime/text.ts';
import { formatStr } from './formatSpec.ts';
import { percentFormat } from './percentFormat.ts';
import { strFormat } from './strFormat.ts';
import { makeTrans, translate } from './strTranslate.ts';

function self(obj: PyObject): string {
  if (obj instanceof PyStr) return obj.value;
  throw pyError(PyExc.TypeError, `descriptor requires a 'str' object but received a '${obj.type.name}'`);
}

const WHITESPACE = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  const set = given(chars) ? asString(chars, 'strip arg') : WHITESPACE;
  const points = [...s];
  let start = 0;
  let end = points.length;
  if (left) while (start < end && set.includes(points[start]!)) start++;
  if (right) while (end > start && set.includes(points[end - 1]!)) end--;
  return points.slice(start, end).join('');
}

const isSpace = (ch: string) => WHITESPACE.includes(ch);

/** Python's split/rsplit: on runs of whitespace without sep (CPython's split_whitespace), else on each sep. */
export function splitString(s: string, sep: string | null, maxsplit: number, fromRight: boolean): string[] {
  if (sep === '') throw pyError(PyExc.ValueError, 'empty separator');
  if (sep !== null) {
    const parts = s.split(sep);
    if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
    if (fromRight) return [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)];
    return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
  }
  const chars = fromRight ? [...s].reverse() : [...s];
  const out: string[] = [];
  let i = 0;
  let budget = maxsplit < 0 ? Infinity : maxsplit;
  while (budget-- > 0) {
    while (i < chars.length && isSpace(chars[i]!)) i++;
    if (i === chars.length) break;
    const j = i;
    while (i < chars.length && !isSpace(chars[i]!)) i++;
    out.push(chars.slice(j, i).join(''));
  }
  if (i < chars.length) {
    while (i < chars.length && isSpace(chars[i]!)) i++;
    if (i !== chars.length) out.push(chars.slice(i).join(''));
  }
  return fromRight ? out.map((w) => [...w].reverse().join('')).reverse() : out;
}

/** Clamps optional start/end arguments of find/count/startswith to the string (code point indices). */
function window(s: string, start: PyObject | undefined, end: PyObject | undefined): [string, number] {
  const points = codePoints(s);
  const n = points === null ? s.length : points.length;
  const clamp = (v: PyObject | undefined, d: number) => {
    if (!given(v)) return d;
    let i = asIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const a = clamp(start, 0);
  const b = clamp(end, n);
  if (b < a) return ['', -1];
  return [points === null ? s.slice(a, b) : points.slice(a, b).join(''), a];
}

function findIn(s: string, sub: PyObject, start: PyObject | undefined, end: PyObject | undefined, last: boolean): number {
  const needle = asString(sub, 'must be str, not');
  const [w, offset] = window(s, start, end);
  if (offset < 0) return -1;
  const i = last ? w.lastIndexOf(needle) : w.indexOf(needle);
  if (i < 0) return -1;
  return offset + strLength(w.slice(0, i));
}

function affix(s: string, test: PyObject, start: PyObject | undefined, end: PyObject | undefined, atStart: boolean, name: string): boolean {
  const [w, offset] = window(s, start, end);
  const options = test instanceof PyTuple ? test.items : [test];
  return options.some((o) => {
    if (!(o instanceof PyStr)) {
      throw pyError(PyExc.TypeError, `${name} first arg must be str or a tuple of str, not ${o.type.name}`);
    }
    if (offset < 0) return false;
    return atStart ? w.startsWith(o.value) : w.endsWith(o.value);
  });
}

function justify(s: string, width: PyObject, fill: PyObject | undefined, where: 'left' | 'right' | 'center'): string {
  const w = asIndex(width);
  const f = given(fill) ? asString(fill) : ' ';
  if ([...f].length !== 1) throw pyError(PyExc.TypeError, 'The fill character must be exactly one character long');
  const n = strLength(s);
  if (w <= n) return s;
  const missing = w - n;
  if (where === 'left') return s + f.repeat(missing);
  if (where === 'right') return f.repeat(missing) + s;
  // CPython centers with the extra fill on the left when the string length is odd... and the width even.
  const left = Math.floor(missing / 2) + (missing & w & 1);
  return f.repeat(left) + s + f.repeat(missing - left);
}

function isCased(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

// Characters whose titlecase (the first letter of a word) is not their uppercase (Unicode's SpecialCasing and
// the digraphs): 'ß'.title() is 'Ss', 'ﬁ'.title() is 'Fi'.
const TITLECASE: Record<string, string> = {
  ß: 'Ss', ŉ: 'ʼN', Ǆ: 'ǅ', ǅ: 'ǅ', ǆ: 'ǅ', Ǉ: 'ǈ', ǈ: 'ǈ', ǉ: 'ǈ', Ǌ: 'ǋ', ǋ: 'ǋ', ǌ: 'ǋ', Ǳ: 'ǲ', ǲ: 'ǲ', ǳ: 'ǲ',
  ﬀ: 'Ff', ﬁ: 'Fi', ﬂ: 'Fl', ﬃ: 'Ffi', ﬄ: 'Ffl', ﬅ: 'St', ﬆ: 'St', և: 'Եւ',
};

const toTitle = (ch: string): string => TITLECASE[ch] ?? ch.toUpperCase();

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    out += prevCased ? ch.toLowerCase() : toTitle(ch);
    prevCased = isCased(ch);
  }
  return out;
}

const predicate = (test: (s: string) => boolean) => method(['self'], (_ctx, [s]) => pyBool(self(s) !== '' && test(self(s))));

export async function joinStrings(ctx: Context, sep: string, iterable: PyObject): Promise<string> {
  const items = await toArray(ctx, iterable);
  return items
    .map((item, i) => {
      if (!(item instanceof PyStr)) {
        throw pyError(PyExc.TypeError, `sequence item ${i}: expected str instance, ${item.type.name} found`);
      }
      return item.value;
    })
    .join(sep);
}

export function installStr(): void {
  strType.construct = async (ctx, _type, args) => (args[0] === undefined ? pyStr('') : pyStr(await str(ctx, args[0])));
  addMembers(strType, {
    __repr__: method(['self'], (_ctx, [s]) => pyStr(quote(self(s)))),
    __str__: method(['self'], (_ctx, [s]) => pyStr(self(s))),
    __format__: method(['self', 'spec'], (_ctx, [s, spec]) => pyStr(formatStr(self(s), asString(spec)))),
    __len__: method(['self'], (_ctx, [s]) => pyInt(strLength(self(s)))),
    __contains__: method(['self', 'item'], (_ctx, [s, item]) => {
      if (!(item instanceof PyStr)) {
        throw pyError(PyExc.TypeError, `'in <string>' requires string as left operand, not ${item.type.name}`);
      }
      return pyBool(self(s).includes(item.value));
    }),
    __getitem__: method(['self', 'key'], async (ctx, [s, key]) => (await builtinGetItem(ctx, pyStr(self(s)), key))!),
    __iter__: method(['self'], (_ctx, [s]) => nativeIterator(pyStr(self(s)))!),
    __add__: method(['self', 'other'], (_ctx, [s, other]) => (other instanceof PyStr ? pyStr(self(s) + other.value) : NotImplemented)),
    __mul__: method(['self', 'n'], (_ctx, [s, n]) => (n instanceof PyInt ? pyStr(self(s).repeat(Math.max(0, Number(n.value)))) : NotImplemented)),
    __rmul__: method(['self', 'n'], (_ctx, [s, n]) => (n instanceof PyInt ? pyStr(self(s).repeat(Math.max(0, Number(n.value)))) : NotImplemented)),
    __mod__: method(['self', 'args'], async (ctx, [s, args]) => pyStr(await percentFormat(ctx, self(s), args))),
    __eq__: compare((c) => c === 0),
    __ne__: compare((c) => c !== 0),
    __lt__: compare((c) => c < 0),
    __le__: compare((c) => c <= 0),
    __gt__: compare((c) => c > 0),
    __ge__: compare((c) => c >= 0),

    upper: method(['self'], (_ctx, [s]) => pyStr(self(s).toUpperCase())),
    lower: method(['self'], (_ctx, [s]) => pyStr(self(s).toLowerCase())),
    casefold: method(['self'], (_ctx, [s]) => pyStr(self(s).toLowerCase().replace(/ß/g, 'ss').replace(/ſ/g, 's'))),
    swapcase: method(['self'], (_ctx, [s]) =>
      pyStr([...self(s)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    ),
    capitalize: method(['self'], (_ctx, [s]) => {
      const p = [...self(s)];
      return pyStr(p.length === 0 ? '' : toTitle(p[0]!) + p.slice(1).join('').toLowerCase());
    }),
    title: method(['self'], (_ctx, [s]) => pyStr(titleCase(self(s)))),
    translate: method(['self', 'table'], async (ctx, [s, table]) => pyStr(await translate(ctx, self(s), table))),
    maketrans: staticMethod(method(['x', 'y?', 'z?'], (_ctx, [x, y, z]) => makeTrans(x, y, z))),
    strip: method(['self', 'chars?'], (_ctx, [s, chars]) => pyStr(stripChars(self(s), chars, true, true))),
    lstrip: method(['self', 'chars?'], (_ctx, [s, chars]) => pyStr(stripChars(self(s), chars, true, false))),
    rstrip: method(['self', 'chars?'], (_ctx, [s, chars]) => pyStr(stripChars(self(s), chars, false, true))),
    split: method(['self', 'sep?', 'maxsplit?'], (_ctx, [s, sep, maxsplit]) =>
      new PyList(
        splitString(self(s), given(sep) ? asString(sep) : null, maxsplit === undefined ? -1 : asIndex(maxsplit), false).map(
          (p) => pyStr(p),
        ),
      ),
    ),
    rsplit: method(['self', 'sep?', 'maxsplit?'], (_ctx, [s, sep, maxsplit]) =>
      new PyList(
        splitString(self(s), given(sep) ? asString(sep) : null, maxsplit === undefined ? -1 : asIndex(maxsplit), true).map(
          (p) => pyStr(p),
        ),
      ),
    ),
    splitlines: method(['self', 'keepends?'], (_ctx, [s, keepends]) => {
      const keep = keepends !== undefined && keepends instanceof PyInt && keepends.value !== 0;
      const out: PyObject[] = [];
      const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
      const text = self(s);
      let last = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        out.push(pyStr(text.slice(last, keep ? m.index + m[0].length : m.index)));
        last = m.index + m[0].length;
      }
      if (last < text.length) out.push(pyStr(text.slice(last)));
      return new PyList(out);
    }),
    join: method(['self', 'iterable'], async (ctx, [s, iterable]) => pyStr(await joinStrings(ctx, self(s), iterable))),
    replace: method(['self', 'old', 'new', 'count?'], (_ctx, [s, oldS, newS, count]) => {
      const needle = asString(oldS, 'replace() argument 1');
      // An empty pattern matches between every character and at both ends.
      const parts = needle === '' ? ['', ...self(s), ''] : self(s).split(needle);
      const n = count === undefined ? -1 : asIndex(count);
      const replacement = asString(newS, 'replace() argument 2');
      if (n < 0 || n >= parts.length - 1) return pyStr(parts.join(replacement));
      return pyStr(parts.slice(0, n + 1).join(replacement) + asString(oldS) + parts.slice(n + 1).join(asString(oldS)));
    }),
    find: method(['self', 'sub', 'start?', 'end?'], (_ctx, [s, sub, a, b]) => pyInt(findIn(self(s), sub, a, b, false))),
    rfind: method(['self', 'sub', 'start?', 'end?'], (_ctx, [s, sub, a, b]) => pyInt(findIn(self(s), sub, a, b, true))),
    index: method(['self', 'sub', 'start?', 'end?'], (_ctx, [s, sub, a, b]) => {
      const i = findIn(self(s), sub, a, b, false);
      if (i < 0) throw pyError(PyExc.ValueError, 'substring not found');
      return pyInt(i);
    }),
    rindex: method(['self', 'sub', 'start?', 'end?'], (_ctx, [s, sub, a, b]) => {
      const i = findIn(self(s), sub, a, b, true);
      if (i < 0) throw pyError(PyExc.ValueError, 'substring not found');
      return pyInt(i);
    }),
    count: method(['self', 'sub', 'start?', 'end?'], (_ctx, [s, sub, a, b]) => {
      const [w, offset] = window(self(s), a, b);
      if (offset < 0) return pyInt(0);
      const needle = asString(sub);
      if (needle === '') return pyInt(strLength(w) + 1);
      return pyInt(w.split(needle).length - 1);
    }),
    startswith: method(['self', 'prefix', 'start?', 'end?'], (_ctx, [s, p, a, b]) => pyBool(affix(self(s), p, a, b, true, 'startswith'))),
    endswith: method(['self', 'suffix', 'start?', 'end?'], (_ctx, [s, p, a, b]) => pyBool(affix(self(s), p, a, b, false, 'endswith'))),
    removeprefix: method(['self', 'prefix'], (_ctx, [s, p]) => {
      const v = self(s);
      const pre = asString(p);
      return pyStr(pre !== '' && v.startsWith(pre) ? v.slice(pre.length) : v);
    }),
    removesuffix: method(['self', 'suffix'], (_ctx, [s, p]) => {
      const v = self(s);
      const suf = asString(p);
      return pyStr(suf !== '' && v.endsWith(suf) ? v.slice(0, -suf.length) : v);
    }),
    partition: method(['self', 'sep'], (_ctx, [s, sep]) => {
      const v = self(s);
      const p = asString(sep);
      if (p === '') throw pyError(PyExc.ValueError, 'empty separator');
      const i = v.indexOf(p);
      return i < 0 ? pyTuple([pyStr(v), pyStr(''), pyStr('')]) : pyTuple([pyStr(v.slice(0, i)), pyStr(p), pyStr(v.slice(i + p.length))]);
    }),
    rpartition: method(['self', 'sep'], (_ctx, [s, sep]) => {
      const v = self(s);
      const p = asString(sep);
      if (p === '') throw pyError(PyExc.ValueError, 'empty separator');
      const i = v.lastIndexOf(p);
      return i < 0 ? pyTuple([pyStr(''), pyStr(''), pyStr(v)]) : pyTuple([pyStr(v.slice(0, i)), pyStr(p), pyStr(v.slice(i + p.length))]);
    }),
    center: method(['self', 'width', 'fillchar?'], (_ctx, [s, w, f]) => pyStr(justify(self(s), w, f, 'center'))),
    ljust: method(['self', 'width', 'fillchar?'], (_ctx, [s, w, f]) => pyStr(justify(self(s), w, f, 'left'))),
    rjust: method(['self', 'width', 'fillchar?'], (_ctx, [s, w, f]) => pyStr(justify(self(s), w, f, 'right'))),
    zfill: method(['self', 'width'], (_ctx, [s, w]) => {
      const v = self(s);
      const width = asIndex(w);
      const n = strLength(v);
      if (n >= width) return pyStr(v);
      const signed = v.startsWith('-') || v.startsWith('+');
      return pyStr((signed ? v[0] : '') + '0'.repeat(width - n) + (signed ? v.slice(1) : v));
    }),
    expandtabs: method(['self', 'tabsize?'], (_ctx, [s, t]) => {
      const size = t === undefined ? 8 : asIndex(t);
      let col = 0;
      let out = '';
      for (const ch of self(s)) {
        if (ch === '\t') {
          const n = size > 0 ? size - (col % size) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return pyStr(out);
    }),
    isdigit: predicate((s) => /^\p{Nd}+$/u.test(s)),
    isdecimal: predicate((s) => /^\p{Nd}+$/u.test(s)),
    isnumeric: predicate((s) => /^[\p{Nd}\p{Nl}\p{No}]+$/u.test(s)),
    isalpha: predicate((s) => /^\p{L}+$/u.test(s)),
    isalnum: predicate((s) => /^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u.test(s)),
    isspace: predicate((s) => [...s].every((c) => WHITESPACE.includes(c))),
    isascii: method(['self'], (_ctx, [s]) => pyBool(/^[\x00-\x7f]*$/.test(self(s)))),
    isidentifier: method(['self'], (_ctx, [s]) => pyBool(/^[\p{L}_][\p{L}\p{N}_]*$/u.test(self(s)))),
    islower: predicate((s) => [...s].some(isCased) && s === s.toLowerCase()),
    isupper: predicate((s) => [...s].some(isCased) && s === s.toUpperCase()),
    istitle: predicate((s) => [...s].some(isCased) && s === titleCase(s)),
    format: method(['self', '*args', '**kwargs'], async (ctx, [s, args, kwargs]) => pyStr(await strFormat(ctx, self(s), args, kwargs))),
    format_map: method(['self', 'mapping'], async (ctx, [s, mapping]) => pyStr(await strFormat(ctx, self(s), [], mapping))),
    encode: method(['self', '*args'], () => {
      throw pyError(PyExc.NotImplementedError, "'bytes' is not supported in Tandem");
    }),
  });
}

function compare(test: (c: number) => boolean) {
  return method(['self', 'other'], (_ctx, [s, other]) => {
    if (!(other instanceof PyStr)) return NotImplemented;
    const a = self(s);
    const b = other.value;
    return pyBool(test(a < b ? -1 : a > b ? 1 : 0));
  });
}
