// Adjacent string literal tokens ('a' "b" f'{c}') → one node: a str or bytes Constant, or a JoinedStr when any of
// them is an f-string.
import type { Constant, Expr, FormattedValue } from '../ast.ts';
import { posOf } from './cursor.ts';
import type { PySyntaxError } from './errors.ts';
import { FStringError, parseFString } from './fstring.ts';
import { decodeLiteral, hasNonAscii, splitStringLiteral } from './strings.ts';
import type { Token } from './tokens.ts';

export interface LiteralContext {
  /** The error for a problem inside the literals. */
  fail(message: string): PySyntaxError;
  /** Parses an f-string field's expression (see FStringSource.parseField). */
  parseField(text: string, origin: { line: number; col: number }): Expr;
}

export function concatenateLiterals(tokens: readonly Token[], context: LiteralContext): Expr {
  const { fail } = context;
  const literals = tokens.map((t) => splitStringLiteral(t.value));
  const bytesCount = literals.filter((l) => l.bytes).length;
  if (bytesCount > 0 && bytesCount < literals.length) throw fail('cannot mix bytes and nonbytes literals');
  const parts: (Constant | FormattedValue)[] = [];
  let text = '';
  literals.forEach((literal, i) => {
    const token = tokens[i];
    if (literal.formatted) {
      try {
        parts.push(...parseFString({
          body: literal.body,
          raw: literal.raw,
          locate: (index) => locate(token, literal.bodyOffset + index),
          parseField: context.parseField,
        }));
      } catch (e) {
        throw e instanceof FStringError ? fail(e.message) : e;
      }
      return;
    }
    if (literal.bytes && hasNonAscii(literal.body)) throw fail('bytes can only contain ASCII literal characters');
    const decoded = decodeLiteral(literal);
    if (!decoded.ok) throw fail(decoded.message);
    text += decoded.value;
    parts.push({ kind: 'Constant', value: { type: 'str', value: decoded.value }, ...posOf(token, token) });
  });
  const pos = posOf(tokens[0], tokens[tokens.length - 1]);
  if (literals.some((l) => l.formatted)) return { kind: 'JoinedStr', values: mergeLiterals(parts), ...pos };
  return { kind: 'Constant', value: { type: bytesCount > 0 ? 'bytes' : 'str', value: text }, ...pos };
}

/** The file position of the character at `index` in a (possibly multi-line) STRING token's text. */
function locate(token: Token, index: number): { line: number; col: number } {
  const text = token.value;
  const lineBreak = text.lastIndexOf('\n', index - 1);
  if (lineBreak < 0) return { line: token.line, col: token.col + index };
  let line = token.line;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: index - lineBreak };
}

/** Joins neighbouring literal parts (`'a' f'b{x}'` has 'ab' before x) and drops empty ones. */
function mergeLiterals(parts: (Constant | FormattedValue)[]): (Constant | FormattedValue)[] {
  const merged: (Constant | FormattedValue)[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'Constant' && part.value.type === 'str') {
      if (part.value.value === '') continue;
      if (last?.kind === 'Constant' && last.value.type === 'str') {
        merged[merged.length - 1] = {
          kind: 'Constant', value: { type: 'str', value: last.value.value + part.value.value }, ...posOf(last, part),
        };
        continue;
      }
    }
    merged.push(part);
  }
  return merged;
}
