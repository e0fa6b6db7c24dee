import { describe, expect, it } from 'vitest';
import { SourceFile } from './errors.ts';
import { tokenize } from './tokenizer.ts';

/** Tokens as 'KIND:value' (value left out when empty), for a compact view of a stream. */
function kinds(source: string): string[] {
  const stream = tokenize(new SourceFile(source, 't.py'));
  if (stream.failure) throw stream.failure.error;
  return stream.tokens.map((t) => (t.value === '' ? t.kind : `${t.kind}:${t.value}`));
}

describe('tokenizer', () => {
  it('emits INDENT and DEDENT from leading whitespace, and NEWLINE at the end of each logical line', () => {
    expect(kinds('if x:\n    y = 1\nz\n')).toEqual([
      'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE',
      'INDENT', 'NAME:y', 'OP:=', 'NUMBER:1', 'NEWLINE',
      'DEDENT', 'NAME:z', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('closes every open block at the end of the file, adding the missing final NEWLINE', () => {
    expect(kinds('def f():\n  if x:\n    pass')).toEqual([
      'KEYWORD:def', 'NAME:f', 'OP:(', 'OP:)', 'OP::', 'NEWLINE',
      'INDENT', 'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE',
      'INDENT', 'KEYWORD:pass', 'NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('skips blank lines and comment-only lines, whatever their indentation', () => {
    expect(kinds('if x:\n\n    # note\n  \n    y\n# end\n')).toEqual([
      'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'NEWLINE', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('joins lines inside brackets without NEWLINE or indentation', () => {
    expect(kinds('f(1,\n        2)\n')).toEqual(['NAME:f', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:)', 'NEWLINE', 'ENDMARKER']);
  });

  it('joins lines after a backslash', () => {
    expect(kinds('x = 1 + \\\n      2\n')).toEqual(['NAME:x', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE', 'ENDMARKER']);
  });

  it('measures tabs to the next multiple of 8, so a tab and 8 spaces are the same block', () => {
    expect(kinds('if x:\n\ta\n\tb\n')).toContain('NAME:b');
    expect(() => kinds('if x:\n\ta\n        b\n')).toThrow('inconsistent use of tabs and spaces in indentation');
  });

  it('takes the longest operator', () => {
    expect(kinds('a **= b // c -> d ... e != f')).toEqual([
      'NAME:a', 'OP:**=', 'NAME:b', 'OP://', 'NAME:c', 'OP:->', 'NAME:d', 'OP:...', 'NAME:e', 'OP:!=', 'NAME:f',
      'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('tells keywords from names, and leaves soft keywords as names', () => {
    expect(kinds('not match case _ None')).toEqual([
      'KEYWORD:not', 'NAME:match', 'NAME:case', 'NAME:_', 'KEYWORD:None', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('reads numbers whole: underscores, exponents, imaginary, and a keyword right after', () => {
    expect(kinds('1_000 0x_FF 1.5e-3 .5 5. 2j 1if')).toEqual([
      'NUMBER:1_000', 'NUMBER:0x_FF', 'NUMBER:1.5e-3', 'NUMBER:.5', 'NUMBER:5.', 'NUMBER:2j', 'NUMBER:1', 'KEYWORD:if',
      'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('reads a string literal with its prefix as one token, across lines when triple-quoted', () => {
    expect(kinds(`rb'\\n' f"{x}" '''a\nb''' u'\\''`)).toEqual([
      "STRING:rb'\\n'", 'STRING:f"{x}"', "STRING:'''a\nb'''", "STRING:u'\\''", 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('accepts Unicode identifiers', () => {
    expect(kinds('café = 1')).toEqual(['NAME:café', 'OP:=', 'NUMBER:1', 'NEWLINE', 'ENDMARKER']);
  });

  it('gives tokens 1-based positions that end just past their last character', () => {
    const { tokens } = tokenize(new SourceFile('x = 10\n  # c\ny', 't.py'));
    expect(tokens.map(({ kind, line, col, endLine, endCol }) => [kind, line, col, endLine, endCol])).toEqual([
      ['NAME', 1, 1, 1, 2],
      ['OP', 1, 3, 1, 4],
      ['NUMBER', 1, 5, 1, 7],
      ['NEWLINE', 1, 7, 1, 7],
      ['NAME', 3, 1, 3, 2],
      ['NEWLINE', 3, 2, 3, 2],
      ['ENDMARKER', 3, 2, 3, 2],
    ]);
  });

  it('records how many brackets are open at each token', () => {
    const { tokens } = tokenize(new SourceFile('f([a])', 't.py'));
    expect(tokens.map((t) => `${t.value}${t.depth}`)).toEqual(['f0', '(1', '[2', 'a2', ']1', ')0', '0', '0']);
  });

  it('stops at an error and says how CPython would rank it', () => {
    const unclosed = tokenize(new SourceFile('x = (1,\n', 't.py'));
    expect(unclosed.failure?.kind).toBe('unclosed');
    expect(unclosed.failure?.bracketLine).toBe(1);
    expect(unclosed.failure?.error.msg).toBe("'(' was never closed");
    expect(tokenize(new SourceFile("s = 'abc", 't.py')).failure?.kind).toBe('hard');
    const dedent = tokenize(new SourceFile('if x:\n    a\n  b\n', 't.py'));
    expect(dedent.failure?.kind).toBe('soft');
    expect(dedent.tokens.map((t) => t.value)).toContain('a');
  });
});
