import { describe, expect, it } from 'vitest';
import { parseExpression } from './testing.ts';

/** The value of a string or bytes literal expression. */
function valueOf(source: string): unknown {
  const e = parseExpression(source);
  if (e.kind !== 'Constant') throw new Error(`not a constant: ${e.kind}`);
  return e.value;
}

const text = (value: string) => ({ type: 'str', value });
const bytes = (value: string) => ({ type: 'bytes', value });

describe('string literals', () => {
  it('reads single, double and triple quotes', () => {
    expect(valueOf(`'a"b'`)).toEqual(text('a"b'));
    expect(valueOf(`"a'b"`)).toEqual(text("a'b"));
    expect(valueOf(`'''one\ntwo'''`)).toEqual(text('one\ntwo'));
    expect(valueOf(`"""say "hi" """`)).toEqual(text('say "hi" '));
    expect(valueOf(`''`)).toEqual(text(''));
  });

  it('decodes escapes: \\n \\t \\\\ \\\' \\" \\xhh \\uXXXX \\UXXXXXXXX and octal', () => {
    expect(valueOf(String.raw`'a\nb\tc\\d\'e\"f'`)).toEqual(text('a\nb\tc\\d\'e"f'));
    expect(valueOf(String.raw`'\x41\u00e9\U0001F600\101\0'`)).toEqual(text('Aé😀A\0'));
    expect(valueOf(String.raw`'\a\b\f\r\v'`)).toEqual(text('\x07\b\f\r\v'));
  });

  it('keeps unknown escapes as written', () => {
    expect(valueOf(String.raw`'\d\q'`)).toEqual(text('\\d\\q'));
  });

  it('drops a backslash-newline inside a string', () => {
    expect(valueOf("'one \\\ntwo'")).toEqual(text('one two'));
  });

  it('leaves raw strings alone, in any prefix case and order', () => {
    expect(valueOf(String.raw`r'\n\d'`)).toEqual(text('\\n\\d'));
    expect(valueOf(String.raw`R'\t'`)).toEqual(text('\\t'));
    expect(valueOf(String.raw`u'\t'`)).toEqual(text('\t'));
  });

  it('reads bytes as char codes 0-255', () => {
    expect(valueOf(String.raw`b'A\x00\xff'`)).toEqual(bytes('A\x00\xff'));
    expect(valueOf(String.raw`rb'\x00'`)).toEqual(bytes('\\x00'));
    expect(valueOf(String.raw`BR'\n'`)).toEqual(bytes('\\n'));
    expect(valueOf(String.raw`b'\u00e9'`)).toEqual(bytes('\\u00e9'));
  });

  it('concatenates adjacent literals, across lines inside brackets', () => {
    expect(valueOf(`'a' "b" '''c'''`)).toEqual(text('abc'));
    expect(valueOf(`('one '\n 'two')`)).toEqual(text('one two'));
    expect(valueOf(`b'a' b'b'`)).toEqual(bytes('ab'));
  });

  it('places the concatenation from the first literal to the last', () => {
    const e = parseExpression(`('a'\n  'b')`);
    expect([e.line, e.col, e.endLine, e.endCol]).toEqual([1, 2, 2, 6]);
  });
});
