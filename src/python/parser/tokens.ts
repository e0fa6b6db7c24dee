// The tokens Python's grammar is written in (CPython's Grammar/Tokens, minus the ones a file never produces).
import type { Span } from './errors.ts';

export type TokenKind =
  | 'NAME' // identifiers, including the soft keywords match/case/_
  | 'KEYWORD' // the hard keywords: if, def, None, ...
  | 'NUMBER'
  | 'STRING' // the whole literal with prefix and quotes; f-strings are decoded by the parser, as in CPython 3.11
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER';

export interface Token extends Span {
  kind: TokenKind;
  /** The token's source text (empty for NEWLINE, INDENT, DEDENT and ENDMARKER). */
  value: string;
  /** How many brackets are open after this token (CPython's token level): a ')' has the depth outside it. */
  depth: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Names that are keywords only where the grammar says so (`match x:`), and ordinary names elsewhere. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['match', 'case', '_']);

/**
 * Operators and delimiters, longest first so the tokenizer can take the longest match.
 * `$`, `?`, `!` and the backquote are not Python operators, but CPython's tokenizer still hands them to the parser
 * as one-character OP tokens, which then fail with "invalid syntax" right where they stand; `<>` likewise.
 */
export const OPERATORS: readonly string[] = [
  '**=', '//=', '>>=', '<<=', '...',
  '!=', '<>', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
  '$', '?', '!', '`',
];

export const OPENING_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
export const CLOSING_BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
