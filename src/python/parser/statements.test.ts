import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';
import { firstStatement, int, name, shape, statements, str } from './testing.ts';

const pass = { kind: 'Pass' };
const call = (f: string, ...args: unknown[]) => ({ kind: 'Call', func: name(f), args, keywords: [] });
const exprStmt = (value: unknown) => ({ kind: 'Expr', value });

describe('simple statements', () => {
  it('reads chained, starred and tuple assignments', () => {
    expect(statements('a = b = 1')).toEqual([{ kind: 'Assign', targets: [name('a'), name('b')], value: int(1) }]);
    expect(statements('first, *rest = x')).toEqual([{
      kind: 'Assign', value: name('x'),
      targets: [{ kind: 'Tuple', elts: [name('first'), { kind: 'Starred', value: name('rest') }] }],
    }]);
  });

  it('reads augmented and annotated assignments', () => {
    expect(statements('x[0] **= 2')).toEqual([{
      kind: 'AugAssign', target: { kind: 'Subscript', value: name('x'), slice: int(0) }, op: 'Pow', value: int(2),
    }]);
    expect(statements('x: int = 3\ny: str')).toEqual([
      { kind: 'AnnAssign', target: name('x'), annotation: name('int'), value: int(3) },
      { kind: 'AnnAssign', target: name('y'), annotation: name('str'), value: null },
    ]);
  });

  it('separates simple statements with semicolons, a trailing one allowed', () => {
    expect(statements('a = 1; b = 2;')).toEqual([
      { kind: 'Assign', targets: [name('a')], value: int(1) },
      { kind: 'Assign', targets: [name('b')], value: int(2) },
    ]);
  });

  it('reads the keyword statements', () => {
    expect(statements('def f():\n    return\n')[0]).toMatchObject({ body: [{ kind: 'Return', value: null }] });
    expect(statements('global a, b\ndel a, b[0]\nassert a, "m"\nraise E from e\nraise')).toEqual([
      { kind: 'Global', names: ['a', 'b'] },
      { kind: 'Delete', targets: [name('a'), { kind: 'Subscript', value: name('b'), slice: int(0) }] },
      { kind: 'Assert', test: name('a'), msg: str('m') },
      { kind: 'Raise', exc: name('E'), cause: name('e') },
      { kind: 'Raise', exc: null, cause: null },
    ]);
    expect(statements('while x:\n    break\n    continue\n')[0]).toMatchObject({
      body: [{ kind: 'Break' }, { kind: 'Continue' }],
    });
  });

  it('reads every import form', () => {
    expect(statements('import a.b as c, d')).toEqual([{
      kind: 'Import', names: [{ name: 'a.b', asname: 'c' }, { name: 'd', asname: null }],
    }]);
    expect(statements('from a.b import (x, y as z,)')).toEqual([{
      kind: 'ImportFrom', module: 'a.b', level: 0, names: [{ name: 'x', asname: null }, { name: 'y', asname: 'z' }],
    }]);
    expect(statements('from . import x')).toEqual([{ kind: 'ImportFrom', module: null, level: 1, names: [{ name: 'x', asname: null }] }]);
    expect(statements('from ...pkg import *')).toEqual([{ kind: 'ImportFrom', module: 'pkg', level: 3, names: [{ name: '*', asname: null }] }]);
  });
});

describe('compound statements', () => {
  it('nests elif as an If alone in orelse', () => {
    expect(statements('if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n')).toEqual([{
      kind: 'If', test: name('a'), body: [pass],
      orelse: [{ kind: 'If', test: name('b'), body: [pass], orelse: [{ kind: 'Assign', targets: [name('x')], value: int(1) }] }],
    }]);
  });

  it('accepts a body on the header line', () => {
    expect(statements('if x: y = 1; z = 2')).toEqual([{
      kind: 'If', test: name('x'), orelse: [],
      body: [{ kind: 'Assign', targets: [name('y')], value: int(1) }, { kind: 'Assign', targets: [name('z')], value: int(2) }],
    }]);
  });

  it('reads for and while with else', () => {
    expect(statements('for i, x in enumerate(xs):\n    pass\nelse:\n    pass\n')).toEqual([{
      kind: 'For', isAsync: false, target: { kind: 'Tuple', elts: [name('i'), name('x')] },
      iter: call('enumerate', name('xs')), body: [pass], orelse: [pass],
    }]);
    expect(statements('while n := f():\n    pass\n')).toEqual([{
      kind: 'While', test: { kind: 'NamedExpr', target: name('n'), value: call('f') }, body: [pass], orelse: [],
    }]);
  });

  it('reads try with handlers, else and finally', () => {
    expect(statements('try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n')).toEqual([{
      kind: 'Try', body: [pass],
      handlers: [
        { type: { kind: 'Tuple', elts: [name('A'), name('B')] }, name: 'e', body: [pass] },
        { type: null, name: null, body: [pass] },
      ],
      orelse: [pass], finalbody: [pass],
    }]);
  });

  it('reads with items, parenthesized or not', () => {
    const items = [
      { contextExpr: call('open', name('a')), optionalVars: name('f') },
      { contextExpr: name('lock'), optionalVars: null },
    ];
    expect(statements('with open(a) as f, lock:\n    pass\n')).toEqual([{ kind: 'With', items, body: [pass], isAsync: false }]);
    expect(statements('with (\n    open(a) as f,\n    lock,\n):\n    pass\n')).toEqual([{ kind: 'With', items, body: [pass], isAsync: false }]);
    expect(statements('with (a, b) as t: pass')[0]).toMatchObject({
      items: [{ contextExpr: { kind: 'Tuple' }, optionalVars: name('t') }],
    });
  });

  it('reads a def with annotations, defaults, / and *, decorators and a docstring', () => {
    expect(statements('@dec\n@dec2(1)\ndef f(a: int, /, b=2, *args, c, d: str = "x", **kw) -> bool:\n    """Doc."""\n    return a\n')).toEqual([{
      kind: 'FunctionDef', name: 'f', isAsync: false, docstring: 'Doc.',
      decorators: [name('dec'), call('dec2', int(1))],
      returns: name('bool'),
      args: {
        posonlyargs: [{ arg: 'a', annotation: name('int') }],
        args: [{ arg: 'b', annotation: null }],
        vararg: { arg: 'args', annotation: null },
        kwonlyargs: [{ arg: 'c', annotation: null }, { arg: 'd', annotation: name('str') }],
        kwDefaults: [null, str('x')],
        kwarg: { arg: 'kw', annotation: null },
        defaults: [int(2)],
      },
      body: [exprStmt(str('Doc.')), { kind: 'Return', value: name('a') }],
    }]);
  });

  it('reads a class with bases, keywords and a docstring', () => {
    expect(statements("class Net(nn.Module, metaclass=M):\n    'A net.'\n    def forward(self, x):\n        return x\n")).toEqual([{
      kind: 'ClassDef', name: 'Net', docstring: 'A net.', decorators: [],
      bases: [{ kind: 'Attribute', value: name('nn'), attr: 'Module' }],
      keywords: [{ arg: 'metaclass', value: name('M') }],
      body: [
        exprStmt(str('A net.')),
        expect.objectContaining({ kind: 'FunctionDef', name: 'forward', docstring: null }),
      ],
    }]);
  });

  it('marks async def, async for and async with', () => {
    const [def] = parse('async def f():\n    async for x in y:\n        pass\n    async with a:\n        pass\n').body;
    expect(shape(def)).toMatchObject({
      kind: 'FunctionDef', isAsync: true, body: [{ kind: 'For', isAsync: true }, { kind: 'With', isAsync: true }],
    });
  });

  it('keeps only the subject of a match statement, and reads match as a name elsewhere', () => {
    expect(statements('match point:\n    case (0, 0):\n        pass\n    case _:\n        pass\nx = 1\n')).toEqual([
      { kind: 'Match', subject: name('point') },
      { kind: 'Assign', targets: [name('x')], value: int(1) },
    ]);
    expect(statements('match = 1\nmatch(x)\n')).toEqual([
      { kind: 'Assign', targets: [name('match')], value: int(1) },
      exprStmt(call('match', name('x'))),
    ]);
  });
});

describe('statement positions', () => {
  it('run from the first token to the last one of the body', () => {
    const loop = firstStatement('for i in range(3):\n    print(i)\n\n# done\n');
    expect([loop.line, loop.col, loop.endLine, loop.endCol]).toEqual([1, 1, 2, 13]);
  });

  it('start a decorated def at def, as in CPython', () => {
    const def = firstStatement('@dec\ndef f(): pass\n');
    expect([def.line, def.col]).toEqual([2, 1]);
  });

  it('count lines the same with \\r\\n line breaks', () => {
    const [, second] = parse('x = 1\r\ny = 2\r\n').body;
    expect([second.line, second.col]).toEqual([2, 1]);
  });
});

describe('the walking-skeleton programs', () => {
  // Copies of /work/shared/seed/programs, the four programs that must run first.
  const folder = new URL('./testdata/seed/', import.meta.url);
  const programs = readdirSync(folder).filter((file) => file.endsWith('.py'));

  it('are all here', () => {
    expect(programs.length).toBe(4);
  });

  it.each(programs)('%s parses', (file) => {
    const module = parse(readFileSync(new URL(file, folder), 'utf8'), file);
    expect(module.body.length).toBeGreaterThan(5);
    expect(module.body[0].kind).toBe('Import');
  });
});
