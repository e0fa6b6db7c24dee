// Tandem's Python parser: source text → the syntax tree in ../ast.ts, or a PySyntaxError shaped like CPython's.
import type { Module } from '../ast.ts';
import { checkModule } from './checks.ts';
import { SourceFile } from './errors.ts';
import { StatementParser } from './statements.ts';
import { tokenize } from './tokenizer.ts';

export { PySyntaxError } from './errors.ts';
export type { SyntaxErrorType } from './errors.ts';

/**
 * Parses a whole file. Throws PySyntaxError for what CPython 3.11 would reject when compiling it, including the
 * errors its compiler finds after parsing ('return' outside function, 'break' outside loop, ...).
 */
export function parse(source: string, filename = '<string>'): Module {
  // CPython reads \r\n and \r as \n; so do the editor's line numbers.
  const text = (source.startsWith('\uFEFF') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  const file = new SourceFile(text, filename);
  const body = new StatementParser(file, tokenize(file)).parseFile();
  const module: Module = { kind: 'Module', body, source: text };
  checkModule(module, file);
  return module;
}
