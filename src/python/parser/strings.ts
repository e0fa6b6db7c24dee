// String and bytes literals: prefixes (r, u, b, f in their legal combinations), quotes, and escape sequences.

export interface StringLiteral {
  bytes: boolean;
  raw: boolean;
  formatted: boolean;
  /** The text between the quotes, escapes still in it. */
  body: string;
  /** Where `body` starts within the literal's text (after prefix and opening quote). */
  bodyOffset: number;
}

/** Splits a STRING token's text into prefix flags and body. */
export function splitStringLiteral(text: string): StringLiteral {
  let i = 0;
  while (text[i] !== '"' && text[i] !== "'") i++;
  const prefix = text.slice(0, i).toLowerCase();
  const quote = text[i];
  const quoteLength = text.startsWith(quote.repeat(3), i) && text.length >= i + 6 ? 3 : 1;
  const bodyOffset = i + quoteLength;
  return {
    bytes: prefix.includes('b'),
    raw: prefix.includes('r'),
    formatted: prefix.includes('f'),
    body: text.slice(bodyOffset, text.length - quoteLength),
    bodyOffset,
  };
}

export type Decoded = { ok: true; value: string } | { ok: false; message: string };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Decodes backslash escapes as CPython's unicode_escape (str) or escape_decode (bytes) codecs do. Unknown escapes
 * such as `\d` stay as written. Bytes come back as a string of char codes 0-255.
 */
export function decodeEscapes(body: string, bytes: boolean): Decoded {
  if (!body.includes('\\')) return { ok: true, value: body };
  let out = '';
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    if (slash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, slash);
    const c = body[slash + 1];
    i = slash + 2;
    if (c === '\n') continue; // a backslash at the end of a line joins it to the next
    if (c in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[c];
    } else if (c >= '0' && c <= '7') {
      let digits = c;
      while (digits.length < 3 && body[i] >= '0' && body[i] <= '7') digits += body[i++];
      const code = parseInt(digits, 8);
      out += String.fromCharCode(bytes ? code & 0xff : code);
    } else if (c === 'x' || (!bytes && (c === 'u' || c === 'U'))) {
      const width = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      let end = i;
      while (end < i + width && isHex(body[end])) end++;
      if (end < i + width) {
        if (bytes) return { ok: false, message: `(value error) invalid \\x escape at position ${slash}` };
        const escape = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        return { ok: false, message: unicodeError(slash, end - 1, `truncated ${escape} escape`) };
      }
      const code = parseInt(body.slice(i, end), 16);
      if (code > 0x10ffff) return { ok: false, message: unicodeError(slash, end - 1, 'illegal Unicode character') };
      out += String.fromCodePoint(code);
      i = end;
    } else if (c === 'N' && !bytes) {
      // Named escapes would need the Unicode name table; we say so rather than decode them wrongly.
      return { ok: false, message: '(unicode error) \\N{...} escapes are not supported in Tandem' };
    } else {
      out += '\\' + (c ?? '');
    }
  }
  return { ok: true, value: out };
}

function unicodeError(start: number, end: number, reason: string): string {
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${reason}`;
}

/** The literal's value, for the plain (not formatted) kinds. */
export function decodeLiteral(literal: StringLiteral): Decoded {
  if (literal.raw) return { ok: true, value: literal.body };
  return decodeEscapes(literal.body, literal.bytes);
}

/** Bytes literals may only spell ASCII; other characters must be written as escapes. */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}
