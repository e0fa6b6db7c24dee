// Python's format specification mini-language: what f'{x:.4f}', f'{n:>8}', f'{n:,}', f'{x:e}' and
// f'{r:%}' mean, for ints, floats and strings (Python/formatter_unicode.c).

import {
  exactDecimal,
  exponentSuffix,
  fractionPart,
  integerPart,
  roundDecimal,
  roundToFraction,
  scientificExponent,
  type Decimal,
} from '../modules/format/decimal.ts';
import { floatRepr } from '../modules/format/pyFloat.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import type { IntValue } from '../objects/int.ts';

export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '=' | '^' | null;
  sign: '+' | '-' | ' ';
  /** 'z': negative zero formats as zero. */
  noNegativeZero: boolean;
  alternate: boolean;
  width: number;
  grouping: ',' | '_' | null;
  precision: number | null;
  type: string;
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

export function parseFormatSpec(spec: string, typeName: string): FormatSpec {
  const m = SPEC.exec(spec);
  if (m === null) throw pyError(PyExc.ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const zeroPad = m[6] !== undefined;
  return {
    fill: m[1] ?? (zeroPad ? '0' : ' '),
    align: (m[2] as FormatSpec['align']) ?? (zeroPad ? '=' : null),
    sign: (m[3] as FormatSpec['sign']) ?? '-',
    noNegativeZero: m[4] !== undefined,
    alternate: m[5] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    grouping: (m[8] as FormatSpec['grouping']) ?? null,
    precision: m[9] === undefined ? null : Number(m[9]),
    type: m[10] ?? '',
  };
}

/** Pads `body` (with its sign/prefix split off for '=' alignment) to the spec's width. */
function pad(spec: FormatSpec, prefix: string, body: string, defaultAlign: '<' | '>'): string {
  const length = [...prefix].length + [...body].length;
  const missing = spec.width - length;
  if (missing <= 0) return prefix + body;
  const fill = spec.fill.repeat(missing);
  switch (spec.align ?? defaultAlign) {
    case '<':
      return prefix + body + fill;
    case '>':
      return fill + prefix + body;
    case '=':
      return prefix + fill + body;
    case '^': {
      const left = Math.floor(missing / 2);
      return spec.fill.repeat(left) + prefix + body + spec.fill.repeat(missing - left);
    }
  }
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '-' ? '' : spec.sign;
}

/** Inserts thousands separators into a run of digits, every `every` digits from the right. */
function group(digits: string, separator: string | null, every = 3): string {
  if (separator === null) return digits;
  let out = '';
  for (let i = digits.length; i > 0; i -= every) {
    const chunk = digits.slice(Math.max(0, i - every), i);
    out = out === '' ? chunk : chunk + separator + out;
  }
  return out;
}

/** Zero padding with grouping pads the digits themselves, so the separators continue into the zeros. */
function groupPadded(spec: FormatSpec, sign: string, digits: string, rest: string, every = 3): string {
  let grouped = group(digits, spec.grouping, every);
  if (spec.fill === '0' && spec.align === '=' && spec.grouping !== null) {
    while (sign.length + grouped.length + rest.length < spec.width) {
      digits = '0' + digits;
      grouped = group(digits, spec.grouping, every);
    }
  }
  return grouped + rest;
}

export function formatStr(value: string, spec: string): string {
  if (spec === '') return value;
  const s = parseFormatSpec(spec, 'str');
  if (s.type !== '' && s.type !== 's') {
    throw pyError(PyExc.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  }
  if (s.sign !== '-') throw pyError(PyExc.ValueError, 'Sign not allowed in string format specifier');
  if (s.align === '=') throw pyError(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
  const text = s.precision === null ? value : [...value].slice(0, s.precision).join('');
  return pad(s, '', text, '<');
}

export function formatInt(value: IntValue, spec: string): string {
  if (spec === '') return value.toString();
  const s = parseFormatSpec(spec, 'int');
  if (s.type !== '' && 'eEfFgG%'.includes(s.type)) return formatFloatWith(Number(value), s);
  if (s.precision !== null) throw pyError(PyExc.ValueError, 'Precision not allowed in integer format specifier');
  const negative = value < 0;
  const magnitude = negative ? -BigInt(value) : BigInt(value);
  let digits: string;
  let prefix = '';
  let every = 3;
  switch (s.type) {
    case '':
    case 'd':
    case 'n':
      digits = magnitude.toString();
      break;
    case 'b':
      digits = magnitude.toString(2);
      prefix = '0b';
      every = 4;
      break;
    case 'o':
      digits = magnitude.toString(8);
      prefix = '0o';
      every = 4;
      break;
    case 'x':
    case 'X':
      digits = magnitude.toString(16);
      if (s.type === 'X') digits = digits.toUpperCase();
      prefix = s.type === 'X' ? '0X' : '0x';
      every = 4;
      break;
    case 'c':
      return pad(s, '', String.fromCodePoint(Number(value)), '>');
    default:
      throw pyError(PyExc.ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.grouping === ',' && every === 4) {
    throw pyError(PyExc.ValueError, `Cannot specify ',' with '${s.type}'.`);
  }
  const head = signOf(negative, s) + (s.alternate ? prefix : '');
  return pad(s, head, groupPadded(s, head, digits, '', every), '>');
}

export function formatFloat(value: number, spec: string): string {
  if (spec === '') return floatRepr(value);
  const s = parseFormatSpec(spec, 'float');
  if ('bcdoxX'.includes(s.type) && s.type !== '') {
    throw pyError(PyExc.ValueError, `Unknown format code '${s.type}' for object of type 'float'`);
  }
  return formatFloatWith(value, s);
}

function formatFloatWith(value: number, s: FormatSpec): string {
  let x = value;
  if (s.noNegativeZero && x === 0) x = 0;
  const negative = x < 0 || Object.is(x, -0);
  const magnitude = Math.abs(x);
  let body: string;
  const upper = s.type === 'E' || s.type === 'F' || s.type === 'G';
  if (!Number.isFinite(magnitude)) {
    body = Number.isNaN(magnitude) ? 'nan' : 'inf';
    if (s.type === '%') body += '%';
  } else {
    body = floatBody(magnitude, s);
    if (s.noNegativeZero && negative && /^[0.e+\-%]*$/.test(body.replace(/e[+-]\d+/, ''))) {
      return pad(s, signOf(false, s), body, '>');
    }
  }
  if (upper) body = body.toUpperCase();
  const head = signOf(negative && !(Number.isNaN(x)), s);
  // Group the integer digits only.
  const m = /^(\d+)(.*)$/s.exec(body);
  const grouped = m === null ? body : groupPadded(s, head, m[1]!, m[2]!);
  return pad(s, head, grouped, '>');
}

function floatBody(x: number, s: FormatSpec): string {
  switch (s.type) {
    case 'f':
    case 'F':
      return fixed(exactDecimal(x), s.precision ?? 6, s.alternate);
    case 'e':
    case 'E':
      return scientific(roundDecimal(exactDecimal(x), (s.precision ?? 6) + 1), s.precision ?? 6, s.alternate);
    case '%':
      return fixed(exactDecimal(x * 100), s.precision ?? 6, s.alternate) + '%';
    case 'g':
    case 'G':
    case 'n':
      return general(x, s.precision ?? 6, s.alternate, false);
    default:
      if (s.precision === null) {
        const r = floatRepr(x);
        return r;
      }
      return general(x, s.precision, s.alternate, true);
  }
}

function fixed(d: Decimal, precision: number, alternate: boolean): string {
  const r = roundToFraction(d, precision);
  const frac = precision > 0 ? '.' + fractionPart(r, precision) : alternate ? '.' : '';
  return integerPart(r) + frac;
}

function scientific(r: Decimal, precision: number, alternate: boolean): string {
  const digits = (r.digits === '' ? '0' : r.digits).padEnd(precision + 1, '0');
  const mantissa = precision > 0 ? digits[0] + '.' + digits.slice(1, precision + 1) : digits[0]! + (alternate ? '.' : '');
  return mantissa + exponentSuffix(scientificExponent(r), 2);
}

/**
 * The 'g' format (and the no-type format with a precision, `repr`-like: at least one digit after the point):
 * scientific when the exponent is < -4 or >= precision, else fixed, trailing zeros removed unless '#'.
 */
function general(x: number, precision: number, alternate: boolean, reprLike: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const r = roundDecimal(exactDecimal(x), p);
  const exp = r.digits === '' ? 0 : scientificExponent(r);
  const useScientific = exp < -4 || exp >= (reprLike ? p - 1 : p);
  let text: string;
  if (useScientific) {
    text = scientific(r, p - 1, alternate);
    if (!alternate) text = text.replace(/\.?0+e/, 'e');
  } else {
    text = fixed(r, Math.max(0, p - 1 - exp), alternate);
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
    if (reprLike && !text.includes('.')) text += '.0';
  }
  return text;
}
