// Moving through the token list, and raising errors where CPython would place them.
import type { Pos } from '../ast.ts';
import { PySyntaxError, SourceFile, type Span, type SyntaxErrorType } from './errors.ts';
import type { TokenStream } from './tokenizer.ts';
import type { Token } from './tokens.ts';

export class TokenCursor {
  protected pos = 0;
  /**
   * The furthest token looked at. A plain "invalid syntax" points there, as CPython's does (at the last token it
   * fetched), which is almost always the first token that does not fit.
   */
  protected furthest = 0;
  protected readonly tokens: readonly Token[];

  constructor(
    protected readonly file: SourceFile,
    protected readonly stream: TokenStream,
  ) {
    this.tokens = stream.tokens;
  }

  /** The token `offset` ahead. Looking past where the tokenizer stopped raises the tokenizer's error. */
  protected peek(offset = 0): Token {
    const i = this.pos + offset;
    if (i >= this.tokens.length) {
      if (this.stream.failure === null) throw new Error('token stream ended without ENDMARKER');
      throw this.stream.failure.error;
    }
    if (i > this.furthest) this.furthest = i;
    return this.tokens[i];
  }

  protected next(): Token {
    const token = this.peek();
    this.pos++;
    return token;
  }

  /** The token most recently consumed: where a node that just ended ends. */
  protected previous(): Token {
    return this.tokens[this.pos - 1];
  }

  /**
   * The position of a node that began at `start` (a token) and has just been parsed. Positions come from tokens,
   * as in CPython, so `(a) + b` starts at the parenthesis although the Name a inside does not.
   */
  protected since(start: Span): Pos {
    return posOf(start, this.previous());
  }

  protected isOp(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'OP' && token.value === value;
  }

  protected isKeyword(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'KEYWORD' && token.value === value;
  }

  protected isKind(kind: Token['kind'], offset = 0): boolean {
    return this.peek(offset).kind === kind;
  }

  protected eatOp(value: string): Token | null {
    return this.isOp(value) ? this.next() : null;
  }

  protected eatKeyword(value: string): Token | null {
    return this.isKeyword(value) ? this.next() : null;
  }

  protected expectOp(value: string): Token {
    if (!this.isOp(value)) throw this.invalidSyntax();
    return this.next();
  }

  protected expectKeyword(value: string): Token {
    if (!this.isKeyword(value)) throw this.invalidSyntax();
    return this.next();
  }

  protected expectName(): Token {
    if (!this.isKind('NAME')) throw this.invalidSyntax();
    return this.next();
  }

  /** CPython's forced tokens (`&&':'` in its grammar): a missing one is named, at the token found instead. */
  protected expectForced(value: string): Token {
    if (!this.isOp(value)) throw this.error(`expected '${value}'`, this.peek());
    return this.next();
  }

  protected error(msg: string, span: Span, pyType: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return this.file.error(pyType, msg, span);
  }

  /** An error at the furthest token looked at: CPython's RAISE_SYNTAX_ERROR without a location. */
  protected errorHere(msg: string, pyType: SyntaxErrorType = 'SyntaxError'): PySyntaxError {
    return this.error(msg, this.furthestToken(), pyType);
  }

  protected invalidSyntax(): PySyntaxError {
    const token = this.furthestToken();
    if (token.kind === 'INDENT') {
      // CPython's INDENT has no position of its own; it reports where its cursor stood after the indentation.
      const col = token.endCol - 1;
      return this.error('unexpected indent', { line: token.line, col, endLine: token.line, endCol: col }, 'IndentationError');
    }
    if (token.kind === 'DEDENT') return this.error('unexpected unindent', token, 'IndentationError');
    return this.error('invalid syntax', token);
  }

  protected furthestToken(): Token {
    return this.tokens[Math.min(this.furthest, this.tokens.length - 1)];
  }

  /**
   * Runs a whole parse over this cursor's tokens, deciding between a parse error and a tokenizer error the way
   * CPython does (see TokenizerFailure). `prefix` marks errors of the parse itself (CPython's "f-string: ").
   */
  protected parseAll<T>(parse: () => T, prefix = ''): T {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const failure = this.stream.failure;
      // CPython looks further for a tokenizer error only after a parse error, and not after an unexpected indent.
      const unexpectedIndent = e.msg === 'unexpected indent' || e.msg === 'unexpected unindent';
      if (failure !== null && e !== failure.error && !unexpectedIndent) {
        if (failure.kind === 'hard') throw failure.error;
        if (failure.kind === 'unclosed' && this.furthestToken().line > failure.bracketLine) throw failure.error;
      }
      if (prefix === '' || e === failure?.error) throw e;
      throw this.file.error(e.pyType, prefix + e.msg, e);
    }
  }

  /**
   * Tries a parse and returns null, with the position restored, if it raises a syntax error. Tokenizer errors
   * still propagate: CPython stops at the first one it meets, whatever it was trying.
   */
  protected attempt<T>(parse: () => T): T | null {
    const mark = this.pos;
    const furthest = this.furthest;
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e === this.stream.failure?.error) throw e;
      this.pos = mark;
      this.furthest = furthest;
      return null;
    }
  }

  /**
   * Reparses from `start` the way one of CPython's invalid_* rules would, to find a better message than the
   * "invalid syntax" already found. A specific error raised on the way is that message; a plain one is not. The
   * position is restored after.
   */
  protected diagnose<T>(start: number, parse: () => T): T | null {
    const mark = this.pos;
    const furthest = this.furthest;
    this.pos = start;
    try {
      return parse();
    } catch (e) {
      if (e instanceof PySyntaxError && e.msg === 'invalid syntax') return null;
      throw e;
    } finally {
      this.pos = mark;
      this.furthest = furthest;
    }
  }

  /** A diagnosis that looks ahead without moving: the position and the furthest token are restored after. */
  protected lookahead<T>(parse: () => T): T | null {
    const mark = this.pos;
    const furthest = this.furthest;
    const result = this.attempt(parse);
    this.pos = mark;
    this.furthest = furthest;
    return result;
  }
}

/** A node's position, from its first token to its last. */
export function posOf(from: Span, to: Span): Pos {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}
