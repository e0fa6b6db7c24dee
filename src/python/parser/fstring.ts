// The inside of one f-string literal: literal text, `{{`/`}}`, and replacement fields `{expr=!r:spec}` whose format
// spec may hold fields of its own (`{x:{width}.{precision}f}`). Follows CPython 3.11's string_parser.c, where the
// whole f-string is one token and its fields are found by scanning it.
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from '../ast.ts';
import { decodeEscapes } from './strings.ts';

/** A problem in the f-string's own syntax; the parser reports it where CPython does (after the literal). */
export class FStringError {
  constructor(readonly message: string) {}
}

export interface FStringSource {
  body: string;
  raw: boolean;
  /** The file position of the character at `index` in `body`. */
  locate(index: number): { line: number; col: number };
  /**
   * Parses a field's expression. `text` is the expression wrapped in parentheses, as CPython 3.11 parses it (so
   * `f'{a, b}'` is a tuple and `f'{*a}'` an error); `origin` is where its '(' stands in for the '{'.
   */
  parseField(text: string, origin: { line: number; col: number }): Expr;
}

const MAX_NESTING = 2;
const MAX_BRACKETS = 200;
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** The parts of an f-string, literal text as Constant str nodes; adjacent literals are not yet merged. */
export function parseFString(source: FStringSource): (Constant | FormattedValue)[] {
  return new FStringScanner(source).parts(0);
}

class FStringScanner {
  private i = 0;
  private readonly body: string;

  constructor(private readonly source: FStringSource) {
    this.body = source.body;
  }

  private span(from: number, to: number): Pos {
    const start = this.source.locate(from);
    const end = this.source.locate(to);
    return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
  }

  /** Literal text and fields, up to the end of the body, or (in a format spec, depth > 0) up to its '}'. */
  parts(depth: number): (Constant | FormattedValue)[] {
    const body = this.body;
    const parts: (Constant | FormattedValue)[] = [];
    let literal = '';
    let literalStart = this.i;
    const flush = () => {
      if (literal !== '') {
        const decoded = this.source.raw ? { ok: true as const, value: literal } : decodeEscapes(literal, false);
        if (!decoded.ok) throw new FStringError(decoded.message);
        parts.push({ kind: 'Constant', value: { type: 'str', value: decoded.value }, ...this.span(literalStart, this.i) });
      }
      literal = '';
    };
    while (this.i < body.length) {
      const c = body[this.i];
      if (c === '\\' && !this.source.raw) {
        const next = body[this.i + 1];
        // `\{` is a backslash followed by a field, as in CPython 3.11; other escapes are decoded with the text.
        if (next === '{' || next === '}') {
          literal += c;
          this.i++;
        } else {
          literal += c + (next ?? '');
          this.i += 2;
        }
        continue;
      }
      if (c === '{' || c === '}') {
        if (depth === 0 && body[this.i + 1] === c) {
          literal += c;
          this.i += 2;
          continue;
        }
        if (c === '}') {
          if (depth === 0) throw new FStringError("f-string: single '}' is not allowed");
          break;
        }
        flush();
        parts.push(this.field(depth));
        literalStart = this.i;
        continue;
      }
      literal += c;
      this.i++;
    }
    flush();
    return parts;
  }

  /** One `{...}` field, starting at its '{'. */
  private field(depth: number): FormattedValue {
    if (depth >= MAX_NESTING) throw new FStringError('f-string: expressions nested too deeply');
    const body = this.body;
    const open = this.i;
    const exprStart = ++this.i;
    this.skipExpression();
    const exprEnd = this.i;
    const expectBrace = () => new FStringError("f-string: expecting '}'");
    if (this.i >= body.length) throw expectBrace();
    const text = body.slice(exprStart, exprEnd);
    if (text.trim() === '') throw new FStringError('f-string: empty expression not allowed');
    const value = this.source.parseField(`(${text})`, this.source.locate(open));

    let debugText: string | null = null;
    if (body[this.i] === '=') {
      this.i++;
      while (/\s/.test(body[this.i] ?? '')) this.i++;
      if (this.i >= body.length) throw expectBrace();
      debugText = body.slice(exprStart, this.i);
    }
    let conversion: FormattedValue['conversion'] = null;
    if (body[this.i] === '!') {
      this.i++;
      if (this.i >= body.length) throw expectBrace();
      const c = body[this.i++];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c;
    }
    if (this.i >= body.length) throw expectBrace();
    let formatSpec: JoinedStr | null = null;
    if (body[this.i] === ':') {
      const specStart = ++this.i;
      if (this.i >= body.length) throw expectBrace();
      const values = this.parts(depth + 1);
      formatSpec = { kind: 'JoinedStr', values, ...this.span(specStart, this.i) };
    }
    if (this.i >= body.length || body[this.i] !== '}') throw expectBrace();
    this.i++;
    // f'{x=}' shows repr(x) unless a conversion or format spec says otherwise (CPython sets the conversion too).
    if (debugText !== null && conversion === null && formatSpec === null) conversion = 'r';
    return { kind: 'FormattedValue', value, conversion, formatSpec, debugText, ...this.span(open, this.i) };
  }

  /**
   * Moves to the end of a field's expression: the first '!', ':', '=' or '}' outside brackets and strings that is
   * not part of '!=', '==', '<=' or '>='.
   */
  private skipExpression(): void {
    const body = this.body;
    const brackets: string[] = [];
    let quote = '';
    let tripleQuoted = false;
    while (this.i < body.length) {
      const c = body[this.i];
      if (c === '\\') throw new FStringError('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (c === quote) {
          if (!tripleQuoted) quote = '';
          else if (body[this.i + 1] === c && body[this.i + 2] === c) {
            quote = '';
            this.i += 2;
          }
        }
        this.i++;
        continue;
      }
      if (c === "'" || c === '"') {
        tripleQuoted = body[this.i + 1] === c && body[this.i + 2] === c;
        if (tripleQuoted) this.i += 2;
        quote = c;
      } else if (c === '(' || c === '[' || c === '{') {
        if (brackets.length >= MAX_BRACKETS) throw new FStringError('f-string: too many nested parenthesis');
        brackets.push(c);
      } else if (c === '#') {
        throw new FStringError("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && '!:}=<>'.includes(c)) {
        if (body[this.i + 1] === '=' && c !== ':' && c !== '}') {
          this.i += 2;
          continue;
        }
        if (c !== '<' && c !== '>') break;
      } else if (c === ')' || c === ']' || c === '}') {
        const opening = brackets.pop();
        if (opening === undefined) throw new FStringError(`f-string: unmatched '${c}'`);
        if (CLOSER_OF[opening] !== c) {
          throw new FStringError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${opening}'`);
        }
      }
      this.i++;
    }
    if (quote !== '') throw new FStringError('f-string: unterminated string');
    if (brackets.length > 0) throw new FStringError(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
  }
}
