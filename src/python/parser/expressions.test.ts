import { describe, expect, it } from 'vitest';
import { binOp, expression, expressionInFunction, int, name, parseExpression, str } from './testing.ts';

describe('literals', () => {
  it('reads ints in every base, with underscores, as bigints', () => {
    expect(expression('0x_1F')).toEqual(int(31));
    expect(expression('0o17')).toEqual(int(15));
    expect(expression('0b101')).toEqual(int(5));
    expect(expression('1_000_000')).toEqual(int(1000000));
    expect(expression('123456789012345678901234567890')).toEqual(int(123456789012345678901234567890n));
  });

  it('reads floats and imaginary numbers', () => {
    const value = (source: string) => (parseExpression(source) as { value: unknown }).value;
    expect(value('1e-3')).toEqual({ type: 'float', value: 0.001 });
    expect(value('.5')).toEqual({ type: 'float', value: 0.5 });
    expect(value('5.')).toEqual({ type: 'float', value: 5 });
    expect(value('1_0.2_5')).toEqual({ type: 'float', value: 10.25 });
    expect(value('1j')).toEqual({ type: 'imag', value: 1 });
    expect(value('2.5e1J')).toEqual({ type: 'imag', value: 25 });
  });

  it('reads the keyword constants and the ellipsis', () => {
    expect(expression('None')).toEqual({ kind: 'Constant', value: { type: 'None' } });
    expect(expression('True')).toEqual({ kind: 'Constant', value: { type: 'bool', value: true } });
    expect(expression('False')).toEqual({ kind: 'Constant', value: { type: 'bool', value: false } });
    expect(expression('...')).toEqual({ kind: 'Constant', value: { type: 'Ellipsis' } });
  });
});

describe('operator precedence', () => {
  it('multiplies before adding, and groups left to right', () => {
    expect(expression('a + b * c - d')).toEqual(
      binOp(binOp(name('a'), 'Add', binOp(name('b'), 'Mult', name('c'))), 'Sub', name('d')),
    );
  });

  it('binds ** tighter than a unary minus on its left: -2**2 is -(2**2)', () => {
    expect(expression('-2**2')).toEqual({ kind: 'UnaryOp', op: 'USub', operand: binOp(int(2), 'Pow', int(2)) });
  });

  it('makes ** right-associative and lets its right side be unary', () => {
    expect(expression('2**3**2')).toEqual(binOp(int(2), 'Pow', binOp(int(3), 'Pow', int(2))));
    expect(expression('2**-1')).toEqual(binOp(int(2), 'Pow', { kind: 'UnaryOp', op: 'USub', operand: int(1) }));
  });

  it('orders the bitwise and shift operators | ^ & << +', () => {
    expect(expression('a | b ^ c & d << e + f')).toEqual(
      binOp(name('a'), 'BitOr', binOp(name('b'), 'BitXor', binOp(name('c'), 'BitAnd',
        binOp(name('d'), 'LShift', binOp(name('e'), 'Add', name('f')))))),
    );
  });

  it('names every multiplicative operator', () => {
    expect(expression('a @ b / c // d % e')).toEqual(
      binOp(binOp(binOp(binOp(name('a'), 'MatMult', name('b')), 'Div', name('c')), 'FloorDiv', name('d')), 'Mod', name('e')),
    );
  });

  it('puts not below comparisons and above and/or', () => {
    expect(expression('not a == b and c or d')).toEqual({
      kind: 'BoolOp', op: 'Or', values: [
        { kind: 'BoolOp', op: 'And', values: [
          { kind: 'UnaryOp', op: 'Not', operand: { kind: 'Compare', left: name('a'), ops: ['Eq'], comparators: [name('b')] } },
          name('c'),
        ] },
        name('d'),
      ],
    });
  });

  it('collects a run of the same boolean operator into one BoolOp', () => {
    expect(expression('a or b or c')).toEqual({ kind: 'BoolOp', op: 'Or', values: [name('a'), name('b'), name('c')] });
  });

  it('chains comparisons, including the two-word ones', () => {
    expect(expression('a < b <= c not in d is not e in f')).toEqual({
      kind: 'Compare', left: name('a'), ops: ['Lt', 'LtE', 'NotIn', 'IsNot', 'In'],
      comparators: [name('b'), name('c'), name('d'), name('e'), name('f')],
    });
  });

  it('puts the conditional expression below or, and nests it to the right', () => {
    expect(expression('a if b or c else d if e else f')).toEqual({
      kind: 'IfExp', body: name('a'), test: { kind: 'BoolOp', op: 'Or', values: [name('b'), name('c')] },
      orelse: { kind: 'IfExp', body: name('d'), test: name('e'), orelse: name('f') },
    });
  });

  it('reads await as tighter than ** and looser than a call', () => {
    const tree = expressionInFunction('await f(x) ** 2') as { left: { kind: string; value: { kind: string } } };
    expect(tree.left.kind).toBe('Await');
    expect(tree.left.value.kind).toBe('Call');
  });
});

describe('calls, attributes and subscripts', () => {
  it('separates positional, *args, keyword and **kwargs arguments', () => {
    expect(expression('f(a, *b, c=1, **d)')).toEqual({
      kind: 'Call', func: name('f'),
      args: [name('a'), { kind: 'Starred', value: name('b') }],
      keywords: [{ arg: 'c', value: int(1) }, { arg: null, value: name('d') }],
    });
  });

  it('accepts a generator expression as the sole argument, without its own parentheses', () => {
    expect(expression('sum(x for x in y)')).toEqual({
      kind: 'Call', func: name('sum'), keywords: [],
      args: [{ kind: 'GeneratorExp', elt: name('x'), generators: [{ target: name('x'), iter: name('y'), ifs: [], isAsync: false }] }],
    });
  });

  it('chains attributes, calls and subscripts left to right', () => {
    expect(expression('a.b(c)[d]')).toEqual({
      kind: 'Subscript', slice: name('d'),
      value: { kind: 'Call', func: { kind: 'Attribute', value: name('a'), attr: 'b' }, args: [name('c')], keywords: [] },
    });
  });

  it('reads slices, tuples of indices, None and ... in a subscript', () => {
    const none = { kind: 'Constant', value: { type: 'None' } };
    const ellipsis = { kind: 'Constant', value: { type: 'Ellipsis' } };
    expect(expression('a[1:2, ::3, None, ...]')).toEqual({
      kind: 'Subscript', value: name('a'),
      slice: { kind: 'Tuple', elts: [
        { kind: 'Slice', lower: int(1), upper: int(2), step: null },
        { kind: 'Slice', lower: null, upper: null, step: int(3) },
        none,
        ellipsis,
      ] },
    });
    expect(expression('a[:]')).toEqual({ kind: 'Subscript', value: name('a'), slice: { kind: 'Slice', lower: null, upper: null, step: null } });
    expect(expression('a[::-1]')).toEqual({
      kind: 'Subscript', value: name('a'),
      slice: { kind: 'Slice', lower: null, upper: null, step: { kind: 'UnaryOp', op: 'USub', operand: int(1) } },
    });
  });
});

describe('displays and comprehensions', () => {
  it('reads list, tuple, set and dict displays, with unpacking', () => {
    expect(expression('[1, *a]')).toEqual({ kind: 'List', elts: [int(1), { kind: 'Starred', value: name('a') }] });
    expect(expression('(1,)')).toEqual({ kind: 'Tuple', elts: [int(1)] });
    expect(expression('()')).toEqual({ kind: 'Tuple', elts: [] });
    expect(expression('(1)')).toEqual(int(1));
    expect(expression('{1, 2}')).toEqual({ kind: 'Set', elts: [int(1), int(2)] });
    expect(expression('{}')).toEqual({ kind: 'Dict', keys: [], values: [] });
    expect(expression("{'k': 1, **d}")).toEqual({ kind: 'Dict', keys: [str('k'), null], values: [int(1), name('d')] });
  });

  it('reads nested for and if clauses in order', () => {
    expect(expression('[x for xs in y if xs for x in xs if x if not x]')).toEqual({
      kind: 'ListComp', elt: name('x'), generators: [
        { target: name('xs'), iter: name('y'), ifs: [name('xs')], isAsync: false },
        { target: name('x'), iter: name('xs'), ifs: [name('x'), { kind: 'UnaryOp', op: 'Not', operand: name('x') }], isAsync: false },
      ],
    });
  });

  it('reads set, dict and generator comprehensions, with tuple targets', () => {
    const generators = [{ target: { kind: 'Tuple', elts: [name('k'), name('v')] }, iter: name('d'), ifs: [], isAsync: false }];
    expect(expression('{k: v for k, v in d}')).toEqual({ kind: 'DictComp', key: name('k'), value: name('v'), generators });
    expect(expression('{k for k, v in d}')).toEqual({ kind: 'SetComp', elt: name('k'), generators });
    expect(expression('(k for k, v in d)')).toEqual({ kind: 'GeneratorExp', elt: name('k'), generators });
  });

  it('marks async comprehensions', () => {
    const tree = expression('(x async for x in y)') as { generators: { isAsync: boolean }[] };
    expect(tree.generators[0].isAsync).toBe(true);
  });
});

describe('lambda, walrus, yield', () => {
  it('takes every parameter kind in a lambda', () => {
    expect(expression('lambda a, /, b=1, *c, d, e=2, **f: a')).toEqual({
      kind: 'Lambda', body: name('a'),
      args: {
        posonlyargs: [{ arg: 'a', annotation: null }],
        args: [{ arg: 'b', annotation: null }],
        vararg: { arg: 'c', annotation: null },
        kwonlyargs: [{ arg: 'd', annotation: null }, { arg: 'e', annotation: null }],
        kwDefaults: [null, int(2)],
        kwarg: { arg: 'f', annotation: null },
        defaults: [int(1)],
      },
    });
  });

  it('reads := as a NamedExpr with a Name target', () => {
    expect(expression('(n := len(a))')).toEqual({
      kind: 'NamedExpr', target: name('n'), value: { kind: 'Call', func: name('len'), args: [name('a')], keywords: [] },
    });
  });

  it('reads yield, and yield from, inside parentheses', () => {
    expect(expressionInFunction('(yield)')).toEqual({ kind: 'Yield', value: null, isFrom: false });
    expect(expressionInFunction('(yield a, *b)')).toEqual({
      kind: 'Yield', isFrom: false, value: { kind: 'Tuple', elts: [name('a'), { kind: 'Starred', value: name('b') }] },
    });
    expect(expression('lambda: (yield from g)')).toEqual({
      kind: 'Lambda', args: expect.anything(), body: { kind: 'Yield', value: name('g'), isFrom: true },
    });
  });
});

describe('positions', () => {
  it('are 1-based and end just past the node', () => {
    const call = parseExpression('foo(a, b=2)');
    expect([call.line, call.col, call.endLine, call.endCol]).toEqual([1, 1, 1, 12]);
  });

  it('include the parentheses of a first operand, as CPython does', () => {
    const sum = parseExpression('(a) + b');
    expect(sum.col).toBe(1);
    expect(sum.kind === 'BinOp' && sum.left.col).toBe(2);
  });

  it('span lines for an expression inside brackets', () => {
    const list = parseExpression('[\n  1,\n  2,\n]');
    expect([list.line, list.col, list.endLine, list.endCol]).toEqual([1, 1, 4, 2]);
    const second = list.kind === 'List' ? list.elts[1] : null;
    expect([second?.line, second?.col]).toEqual([3, 3]);
  });
});
