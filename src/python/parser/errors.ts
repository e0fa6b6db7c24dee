// Syntax errors shaped like CPython's: the same exception type and message, with 1-based positions that point the
// editor at the offending text, and the source line so a traceback can quote it.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly pyType: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly lineText: string;

  constructor(
    pyType: SyntaxErrorType,
    msg: string,
    where: { filename: string; line: number; col: number; endLine: number; endCol: number; lineText: string },
  ) {
    super(`${pyType}: ${msg} (${where.filename}, line ${where.line})`);
    this.name = 'PySyntaxError';
    this.pyType = pyType;
    this.msg = msg;
    this.filename = where.filename;
    this.line = where.line;
    this.col = where.col;
    this.endLine = where.endLine;
    this.endCol = where.endCol;
    this.lineText = where.lineText;
  }
}

/** A span in the source: 1-based, end just past the last character (CPython's offset/end_offset). */
export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** The file being parsed, as errors need it: its name and its lines (without line breaks). */
export class SourceFile {
  readonly lines: readonly string[];

  constructor(
    readonly text: string,
    readonly filename: string,
  ) {
    this.lines = text.split('\n');
  }

  lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  error(pyType: SyntaxErrorType, msg: string, span: Span): PySyntaxError {
    return new PySyntaxError(pyType, msg, { filename: this.filename, ...span, lineText: this.lineText(span.line) });
  }
}

/** From the start of one span to the end of another. */
export function spanning(from: Span, to: Span): Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}
