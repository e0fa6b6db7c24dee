// printf-style formatting: 'loss: %.4f' % loss, '%s has %d items' % (name, n), '%(name)s' % {'name': x}.

import type { Context } from '../objects/context.ts';
import { PyDict } from '../objects/dict.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyInt } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr, pyStr } from '../objects/str.ts';
import { PyTuple } from '../objects/tuple.ts';
import { getItem } from '../runtime/subscript.ts';
import { asciiRepr, repr, str } from '../runtime/text.ts';
import { formatFloat, formatInt } from './formatSpec.ts';
import { floatToInt, toFloat } from './numbers.ts';

const DIRECTIVE = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

export async function percentFormat(ctx: Context, template: string, values: PyObject): Promise<string> {
  const isMapping = values instanceof PyDict || (!(values instanceof PyTuple) && !(values instanceof PyStr) && values.type.lookup('__getitem__') !== undefined && values.type.lookup('keys') !== undefined);
  const args = values instanceof PyTuple ? [...values.items] : [values];
  let next = 0;
  const take = (): PyObject => {
    const v = args[next++];
    if (v === undefined) throw pyError(PyExc.TypeError, 'not enough arguments for format string');
    return v;
  };
  let out = '';
  let last = 0;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(template); m !== null; m = DIRECTIVE.exec(template)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [, key, flags = '', widthText, precisionText, conversion] = m;
    if (conversion === '%') {
      out += '%';
      continue;
    }
    const width = widthText === '*' ? Number((take() as PyInt).value) : widthText === undefined ? 0 : Number(widthText);
    const precision =
      precisionText === '*' ? Number((take() as PyInt).value) : precisionText === undefined ? null : Number(precisionText);
    const value = key !== undefined ? await getItem(ctx, values, pyStr(key)) : isMapping ? values : take();
    out += await directive(ctx, conversion!, flags, width, precision, value);
  }
  if (template.slice(last).includes('%')) throw pyError(PyExc.ValueError, 'incomplete format');
  if (!isMapping && next < args.length) {
    throw pyError(PyExc.TypeError, 'not all arguments converted during string formatting');
  }
  return out + template.slice(last);
}

async function directive(
  ctx: Context,
  conversion: string,
  flags: string,
  width: number,
  precision: number | null,
  value: PyObject,
): Promise<string> {
  const left = flags.includes('-');
  const zero = flags.includes('0') && !left;
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const alt = flags.includes('#') ? '#' : '';
  const align = left ? '<' : zero ? '=' : '>';
  const fill = zero ? '0' : ' ';
  const widthPart = width > 0 ? String(width) : '';
  switch (conversion) {
    case 's':
    case 'r':
    case 'a': {
      let text = conversion === 's' ? await str(ctx, value) : conversion === 'r' ? await repr(ctx, value) : await asciiRepr(ctx, value);
      if (precision !== null) text = [...text].slice(0, precision).join('');
      const pad = Math.max(0, width - [...text].length);
      return left ? text + ' '.repeat(pad) : ' '.repeat(pad) + text;
    }
    case 'c': {
      const text = value instanceof PyStr ? value.value : String.fromCodePoint(Number((value as PyInt).value));
      const pad = Math.max(0, width - 1);
      return left ? text + ' '.repeat(pad) : ' '.repeat(pad) + text;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const n = value instanceof PyInt ? value : value instanceof PyFloat ? floatToInt(value.value) : null;
      if (n === null) {
        throw pyError(PyExc.TypeError, `%${conversion} format: a real number is required, not ${value.type.name}`);
      }
      const type = conversion === 'i' || conversion === 'u' ? 'd' : conversion;
      let text = formatInt(n.value, `${fill}${align}${sign}${alt}${widthPart}${type}`);
      if (precision !== null) {
        const digits = /^([-+ ]?(?:0[xXo])?)(\d+|[0-9a-fA-F]+)$/.exec(text.trim());
        if (digits !== null) text = formatInt(n.value, `${sign}${alt}${type}`).replace(digits[2]!, digits[2]!.padStart(precision, '0'));
        text = left ? text.padEnd(width) : text.padStart(width);
      }
      return text;
    }
    default: {
      const x = await toFloat(ctx, value).catch(() => {
        throw pyError(PyExc.TypeError, `must be real number, not ${value.type.name}`);
      });
      return formatFloat(x, `${fill}${align}${sign}${alt}${widthPart}.${precision ?? 6}${conversion}`);
    }
  }
}
