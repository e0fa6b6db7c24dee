import { describe, expect, it } from 'vitest';
import { expression, name, parseExpression, str } from './testing.ts';

const field = (value: unknown, more: Record<string, unknown> = {}) => ({
  kind: 'FormattedValue', value, conversion: null, formatSpec: null, debugText: null, ...more,
});
const joined = (...values: unknown[]) => ({ kind: 'JoinedStr', values });

describe('f-strings', () => {
  it('split into literal parts and fields', () => {
    expect(expression(`f'a{x}b{y}'`)).toEqual(joined(str('a'), field(name('x')), str('b'), field(name('y'))));
  });

  it('read conversions !r !s !a', () => {
    expect(expression(`f'{a!r}{b!s}{c!a}'`)).toEqual(joined(
      field(name('a'), { conversion: 'r' }), field(name('b'), { conversion: 's' }), field(name('c'), { conversion: 'a' }),
    ));
  });

  it('read a format spec, itself an f-string', () => {
    expect(expression(`f'{x:>10}'`)).toEqual(joined(field(name('x'), { formatSpec: joined(str('>10')) })));
  });

  it('read fields nested in a format spec', () => {
    expect(expression(`f'{x:{w}.{p}f}'`)).toEqual(joined(field(name('x'), {
      formatSpec: joined(field(name('w')), str('.'), field(name('p')), str('f')),
    })));
  });

  it('turn {{ and }} into braces', () => {
    expect(expression(`f'{{x}} {y}'`)).toEqual(joined(str('{x} '), field(name('y'))));
  });

  it("keep the text of a self-documenting field, and show its repr unless told otherwise", () => {
    expect(expression(`f'{x=}'`)).toEqual(joined(field(name('x'), { debugText: 'x=', conversion: 'r' })));
    expect(expression(`f'{ x = !s}'`)).toEqual(joined(field(name('x'), { debugText: ' x = ', conversion: 's' })));
    expect(expression(`f'{x=:.2f}'`)).toEqual(joined(field(name('x'), { debugText: 'x=', formatSpec: joined(str('.2f')) })));
  });

  it("tell comparisons inside a field from the field's own = and !", () => {
    expect(expression(`f'{a!=b}{a==b}'`)).toEqual(joined(
      field({ kind: 'Compare', left: name('a'), ops: ['NotEq'], comparators: [name('b')] }),
      field({ kind: 'Compare', left: name('a'), ops: ['Eq'], comparators: [name('b')] }),
    ));
  });

  it('allow strings, brackets and dicts in a field', () => {
    expect(expression(`f"{d['k']}{ {1: 2}[1] }"`)).toEqual(joined(
      field({ kind: 'Subscript', value: name('d'), slice: str('k') }),
      field({ kind: 'Subscript', value: expect.objectContaining({ kind: 'Dict' }), slice: expect.anything() }),
    ));
  });

  it('decode escapes in the literal parts, unless raw', () => {
    expect(expression(`f'\\t{x}'`)).toEqual(joined(str('\t'), field(name('x'))));
    expect(expression(`rf'\\t{x}'`)).toEqual(joined(str('\\t'), field(name('x'))));
  });

  it('concatenate with plain literals, merging neighbouring text', () => {
    expect(expression(`'a' f'b{x}' 'c' f'd'`)).toEqual(joined(str('ab'), field(name('x')), str('cd')));
    expect(expression(`f''`)).toEqual(joined());
  });

  it("place a field's expression where it is in the file", () => {
    const e = parseExpression(`f'''total:\n  {a + b}'''`);
    const sum = e.kind === 'JoinedStr' && e.values[1].kind === 'FormattedValue' ? e.values[1].value : null;
    expect([sum?.line, sum?.col, sum?.endLine, sum?.endCol]).toEqual([2, 4, 2, 9]);
  });

  it('read a tuple or a generator in a field as CPython does', () => {
    expect(expression(`f'{a, b}'`)).toEqual(joined(field({ kind: 'Tuple', elts: [name('a'), name('b')] })));
  });
});
