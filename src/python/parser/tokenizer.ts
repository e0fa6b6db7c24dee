// Python source → tokens, with INDENT/DEDENT from leading whitespace, implicit line joining inside brackets,
// explicit `\` continuation, comments and blank lines. Follows CPython 3.11's tokenizer (Parser/tokenizer.c),
// including where it places its errors.
import type { PySyntaxError, SourceFile, Span, SyntaxErrorType } from './errors.ts';
import { scanNumber } from './numbers.ts';
import { CLOSING_BRACKETS, KEYWORDS, OPENING_BRACKETS, OPERATORS, type Token, type TokenKind } from './tokens.ts';

/**
 * Why tokenizing stopped early. CPython reads tokens lazily, so what the user sees depends on whether the parser
 * failed first:
 * - 'hard': errors CPython raises directly from the tokenizer (bad literals, unterminated strings, stray
 *   brackets). After any parse error CPython tokenizes the rest of the file, and these win over it.
 * - 'soft': errors it reports only when the parser asks for the token (indentation, line continuation).
 * - 'unclosed': a bracket still open at the end of the file. Reported when the parser reaches the end, or instead
 *   of a parse error found on a later line than the bracket (the error is then most likely the missing bracket).
 */
export interface TokenizerFailure {
  error: PySyntaxError;
  kind: 'hard' | 'soft' | 'unclosed';
  /** For 'unclosed': the line of the bracket. */
  bracketLine: number;
}

export interface TokenStream {
  tokens: Token[];
  failure: TokenizerFailure | null;
}

export interface TokenizeOptions {
  /** The text to tokenize, when it is a piece of the file (an f-string replacement field). */
  text?: string;
  /** Where that text starts in the file, so positions are the file's. */
  origin?: { line: number; col: number };
  /** 'expression': tokenize as if inside brackets (no NEWLINE or INDENT), as CPython does for f-string fields. */
  mode?: 'file' | 'expression';
}

export function tokenize(file: SourceFile, options: TokenizeOptions = {}): TokenStream {
  return new Tokenizer(file, options).run();
}

const OPS3 = new Set(OPERATORS.filter((op) => op.length === 3));
const OPS2 = new Set(OPERATORS.filter((op) => op.length === 2));
const OPS1 = new Set(OPERATORS.filter((op) => op.length === 1));
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const TAB_SIZE = 8;
const MAX_INDENT_LEVELS = 100;
const MAX_BRACKET_DEPTH = 200;

class Stop {
  constructor(readonly failure: TokenizerFailure) {}
}

interface OpenBracket {
  char: string;
  line: number;
  col: number;
}

class Tokenizer {
  private readonly text: string;
  private readonly mode: 'file' | 'expression';
  private readonly tokens: Token[] = [];
  private pos = 0;
  private line: number;
  /** Index in `text` where the current line starts. */
  private lineStart = 0;
  /** Columns before `text` on its first line, when it is a piece of a longer line. */
  private colShift: number;
  private atLineStart = true;
  /** Where a comment began, while it is the last thing read on the line. */
  private commentStart: number | null = null;
  // Indentation is measured twice, with tabs to the next multiple of 8 and with tabs as 1 column. If the two
  // disagree about the block structure, the file's meaning depends on the tab size: a TabError.
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: OpenBracket[] = [];

  constructor(
    private readonly file: SourceFile,
    options: TokenizeOptions,
  ) {
    this.text = options.text ?? file.text;
    this.mode = options.mode ?? 'file';
    this.line = options.origin?.line ?? 1;
    this.colShift = (options.origin?.col ?? 1) - 1;
  }

  run(): TokenStream {
    try {
      this.scan();
      return { tokens: this.tokens, failure: null };
    } catch (e) {
      if (e instanceof Stop) return { tokens: this.tokens, failure: e.failure };
      throw e;
    }
  }

  /** 1-based column of the character at `index` on the current line. */
  private col(index: number): number {
    return index - this.lineStart + 1 + this.colShift;
  }

  private startLine(newlineIndex: number): void {
    this.line++;
    this.lineStart = newlineIndex + 1;
    this.colShift = 0;
  }

  private push(kind: TokenKind, value: string, start: number, end: number, line = this.line, col = this.col(start)): void {
    const depth = this.brackets.length;
    this.tokens.push({ kind, value, line, col, endLine: this.line, endCol: this.col(end), depth });
  }

  private fail(kind: 'hard' | 'soft', pyType: SyntaxErrorType, msg: string, span: Span): never {
    throw new Stop({ error: this.file.error(pyType, msg, span), kind, bracketLine: 0 });
  }

  /** An error at a single column of the current line. */
  private failAt(kind: 'hard' | 'soft', msg: string, col: number, pyType: SyntaxErrorType = 'SyntaxError'): never {
    this.fail(kind, pyType, msg, { line: this.line, col, endLine: this.line, endCol: col });
  }

  private scan(): void {
    const text = this.text;
    const n = text.length;
    for (;;) {
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.mode === 'file' && this.brackets.length === 0 && this.indentation()) continue;
      }
      let c = text[this.pos];
      while (c === ' ' || c === '\t' || c === '\f') c = text[++this.pos];
      if (c === undefined) return this.finish();
      const start = this.pos;
      if (c === '#') {
        this.commentStart = start;
        while (this.pos < n && text[this.pos] !== '\n') this.pos++;
        continue;
      } else if (c === '\n') {
        if (this.mode === 'file' && this.brackets.length === 0) {
          // CPython's NEWLINE ends where the line break is, and starts there too, or at a comment before it.
          this.push('NEWLINE', '', this.commentStart ?? start, start);
          this.atLineStart = true;
        }
        this.startLine(start);
        this.pos++;
      } else if (c === '\\') {
        this.continuation();
      } else if (isIdentifierStart(c)) {
        this.nameOrString();
      } else if ((c >= '0' && c <= '9') || (c === '.' && text[start + 1] >= '0' && text[start + 1] <= '9')) {
        this.number();
      } else if (c === '"' || c === "'") {
        this.string(start, start);
      } else {
        this.operator();
      }
      this.commentStart = null;
    }
  }

  /**
   * Measures a line's leading whitespace and emits INDENT/DEDENT. Returns true when the line was blank (only
   * whitespace or a comment) and has been skipped: blank lines do not take part in indentation.
   */
  private indentation(): boolean {
    const text = this.text;
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (;;) {
      const c = text[p];
      if (c === ' ') {
        col++;
        alt++;
      } else if (c === '\t') {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        alt++;
      } else if (c === '\f') {
        col = alt = 0;
      } else break;
      p++;
    }
    const first = text[p];
    if (first === '#' || first === '\n' || first === undefined) {
      while (p < text.length && text[p] !== '\n') p++;
      this.pos = p;
      if (p < text.length) {
        this.startLine(p);
        this.pos = p + 1;
        this.atLineStart = true;
        return true;
      }
      return false;
    }
    this.pos = p;
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (alt !== altTop) this.tabError();
    } else if (col > top) {
      if (alt <= altTop) this.tabError();
      if (this.indents.length >= MAX_INDENT_LEVELS) {
        this.failAt('soft', 'too many levels of indentation', 1, 'IndentationError');
      }
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push('INDENT', '', this.lineStart, p);
    } else {
      let level = this.indents.length - 1;
      while (level > 0 && col < this.indents[level]) level--;
      if (col !== this.indents[level]) {
        // CPython has read the whole line by then, and points just past its end.
        this.failAt('soft', 'unindent does not match any outer indentation level', this.lineLength() + 1, 'IndentationError');
      }
      if (alt !== this.altIndents[level]) this.tabError();
      while (this.indents.length > level + 1) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', '', p, p);
      }
    }
    return false;
  }

  private tabError(): never {
    this.failAt('soft', 'inconsistent use of tabs and spaces in indentation', 1, 'TabError');
  }

  private lineLength(): number {
    const end = this.text.indexOf('\n', this.lineStart);
    return (end < 0 ? this.text.length : end) - this.lineStart + this.colShift;
  }

  private continuation(): void {
    const next = this.text[this.pos + 1];
    const backslashCol = this.col(this.pos);
    if (next === '\n') {
      this.startLine(this.pos + 1);
      this.pos += 2;
      if (this.pos >= this.text.length) {
        this.fail('soft', 'SyntaxError', 'unexpected EOF while parsing', {
          line: this.line - 1, col: backslashCol + 1, endLine: this.line - 1, endCol: backslashCol + 1,
        });
      }
      return;
    }
    if (next === undefined) this.failAt('soft', 'unexpected EOF while parsing', backslashCol + 1);
    this.failAt('soft', 'unexpected character after line continuation character', backslashCol + 1);
  }

  private nameOrString(): void {
    const text = this.text;
    const start = this.pos;
    IDENTIFIER_CHARS.lastIndex = start;
    IDENTIFIER_CHARS.test(text);
    const p = IDENTIFIER_CHARS.lastIndex;
    const word = text.slice(start, p);
    if ((text[p] === '"' || text[p] === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
      this.string(start, p);
      return;
    }
    this.verifyIdentifier(start, p);
    this.pos = p;
    this.push(KEYWORDS.has(word) ? 'KEYWORD' : 'NAME', word, start, p);
  }

  /** Non-ASCII names must be Unicode identifiers; a stray “ or – is reported by name, as CPython does. */
  private verifyIdentifier(start: number, end: number): void {
    let ascii = true;
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) >= 128) ascii = false;
    if (ascii) return;
    let i = start;
    for (const ch of this.text.slice(start, end)) {
      const ok = i === start ? ch === '_' || ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) this.failAt('hard', invalidCharacter(ch), this.col(i));
      i += ch.length;
    }
  }

  private number(): void {
    const start = this.pos;
    const scan = scanNumber(this.text, start);
    if (!scan.ok) {
      // CPython reports the index of its cursor as the (1-based) offset: the column of the last character read.
      const col = this.col(scan.at) - 1;
      if (scan.endAt === undefined) this.failAt('hard', scan.message, col);
      this.fail('hard', 'SyntaxError', scan.message, {
        line: this.line, col: this.col(start), endLine: this.line, endCol: this.col(scan.endAt) - 1,
      });
    }
    this.pos = scan.end;
    this.push('NUMBER', this.text.slice(start, scan.end), start, scan.end);
  }

  /** A string literal from its prefix at `start`; its opening quote is at `quoteAt`. */
  private string(start: number, quoteAt: number): void {
    const text = this.text;
    const quote = text[quoteAt];
    const line = this.line;
    const col = this.col(start);
    const triple = text[quoteAt + 1] === quote && text[quoteAt + 2] === quote;
    let p = triple ? quoteAt + 3 : quoteAt + 1;
    const unterminated = (): never => {
      const detectedAt = p >= text.length && text.endsWith('\n') ? this.line - 1 : this.line;
      const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
      this.fail('hard', 'SyntaxError', `${what} (detected at line ${detectedAt})`, {
        line, col, endLine: line, endCol: col,
      });
    };
    for (;;) {
      const c = text[p];
      if (c === undefined) unterminated();
      if (c === quote) {
        if (!triple) break;
        if (text[p + 1] === quote && text[p + 2] === quote) {
          p += 2;
          break;
        }
      } else if (c === '\n') {
        if (!triple) unterminated();
        this.startLine(p);
      } else if (c === '\\') {
        p++;
        if (text[p] === undefined) unterminated();
        if (text[p] === '\n') this.startLine(p);
      }
      p++;
    }
    this.pos = p + 1;
    this.push('STRING', text.slice(start, p + 1), start, p + 1, line, col);
  }

  private operator(): void {
    const text = this.text;
    const start = this.pos;
    const three = text.slice(start, start + 3);
    const two = three.slice(0, 2);
    const c = text[start];
    const op = OPS3.has(three) ? three : OPS2.has(two) ? two : OPS1.has(c) ? c : null;
    // Control characters and the like; anything non-ASCII went through nameOrString.
    if (op === null) this.failAt('hard', invalidCharacter(c), this.col(start));
    const col = this.col(start);
    if (op in OPENING_BRACKETS) {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) this.failAt('hard', 'too many nested parentheses', col);
      this.brackets.push({ char: op, line: this.line, col });
    } else if (op in CLOSING_BRACKETS) {
      const open = this.brackets.pop();
      if (open === undefined) this.failAt('hard', `unmatched '${op}'`, col);
      if (open.char !== CLOSING_BRACKETS[op]) {
        const where = open.line === this.line ? '' : ` on line ${open.line}`;
        this.failAt('hard', `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`, col);
      }
    }
    this.pos = start + op.length;
    this.push('OP', op, start, this.pos);
  }

  private finish(): void {
    const n = this.text.length;
    if (this.mode === 'expression') {
      this.push('ENDMARKER', '', n, n);
      return;
    }
    const open = this.brackets[this.brackets.length - 1];
    if (open !== undefined) {
      const error = this.file.error('SyntaxError', `'${open.char}' was never closed`, {
        line: open.line, col: open.col, endLine: open.line, endCol: open.col + 1,
      });
      throw new Stop({ error, kind: 'unclosed', bracketLine: open.line });
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last !== undefined && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT') this.push('NEWLINE', '', n, n);
    // CPython puts the end of the file at the end of its last line, not at the start of the empty line after it.
    const end = this.endOfFile();
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push({ kind: 'DEDENT', value: '', depth: 0, ...end });
    }
    this.tokens.push({ kind: 'ENDMARKER', value: '', depth: 0, ...end });
  }

  private endOfFile(): Span {
    const lines = this.file.lines;
    const endsWithNewline = this.text.endsWith('\n') && lines.length > 1;
    const line = endsWithNewline ? this.line - 1 : this.line;
    const col = endsWithNewline ? lines[line - 1].length + 1 : this.col(this.text.length);
    return { line, col, endLine: line, endCol: col };
  }
}

/** CPython quotes a stray character unless it is invisible (Python's str.isprintable), when it only numbers it. */
function invalidCharacter(ch: string): string {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  if (NON_PRINTABLE.test(ch)) return `invalid non-printable character U+${hex}`;
  return `invalid character '${ch}' (U+${hex})`;
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]$/u;

/** A run of what may continue a name (checked properly by verifyIdentifier when it is not ASCII). */
const IDENTIFIER_CHARS = /[A-Za-z0-9_\u0080-\uffff]*/y;

function isIdentifierStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c.charCodeAt(0) >= 128;
}
