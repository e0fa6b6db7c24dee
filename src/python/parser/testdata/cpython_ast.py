#!/usr/bin/python3
"""Writes cpython_ast.json: what CPython 3.11's own parser makes of each snippet below, in the shape of
src/python/ast.ts, for cpython.test.ts to compare against. Run with Debian's /usr/bin/python3 (3.11) from this
folder: `/usr/bin/python3 cpython_ast.py`.

Columns are 1-based and end just past the node, as in ast.ts (CPython's col_offset + 1). Snippets are ASCII only:
CPython counts columns in UTF-8 bytes, the editor (and our parser) in UTF-16 code units."""
import ast, json, os

SNIPPETS = [
    'x = 1',
    'x = 0x1F + 0o17 + 0b101 + 1_000_000 + 10**30',
    'y = 1e-3 + .5 + 5. + 1.5e10 + 1_0.0_1',
    'z = 1j + 2.5J',
    'a = -2**2',
    'b = 2**-1',
    'c = 2**3**2',
    'd = not a and b or c',
    'e = a < b <= c != d',
    'f = a not in b is not c in d is e',
    'g = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m',
    'h = ~a + -b - +c',
    'i = await_ if x else y',
    'j = lambda: 0',
    'k = lambda a, b=1, *c, d, e=2, **f: a',
    'l = lambda a, /, b: a',
    'm = lambda *, a: a',
    'n = (x := 5)',
    'o = [y := 1, y]',
    'p = f(a, *b, c=1, **d)',
    'q = f(x for x in y)',
    'r = f(x for x in y if x if z for w in x)',
    's = a[1:2, ::3, None, ...]',
    't = a[:]',
    'u = a[1:]',
    'v = a[::2]',
    'w = a[i]',
    'x = a[i, j]',
    'y = a[*b]',
    'z = a[1:2]',
    'aa = a.b.c.d',
    'ab = a.b(c)[d].e',
    'ac = [1, 2, *a]',
    'ad = (1,)',
    'ae = ()',
    'af = (1, 2, 3,)',
    'ag = {1, 2, *a}',
    'ah = {}',
    'ai = {1: 2, **d, 3: 4}',
    'aj = {k: v for k, v in x.items() if v}',
    'ak = {x for x in y}',
    'al = [x for x in y for z in x if z]',
    'x, *y = z',
    'a = b = c = 1',
    'a += 1',
    'a.b -= 2',
    'a[0] *= 3',
    'x: int = 5',
    'x: int',
    'a.b: str',
    "a[0]: str = 'x'",
    '(x): int = 1',
    "'abc'",
    '\'a\' \'b\' "c"',
    "b'abc' b'\\x00\\xff'",
    'r\'\\n\\t\' + \'\\n\\t\\\\\\\'\\"\'',
    "u'unicode'",
    "'\\x41\\u00e9\\U0001F600\\101\\0'",
    "'''triple\nquoted'''",
    '"""doc"""',
    "f'hello'",
    "f'{x}'",
    "f'a{x}b{y!r}c{z:>10}'",
    "f'{x:{w}.{p}f}'",
    "f'{{}} {x}'",
    "'a' f'{x}' 'b'",
    "f'{x!s:^{w}}'",
    "rf'\\n{x}'",
    'f\'{a["k"]}\'',
    "f'''{\nx\n}'''",
    'if x:\n    pass\nelif y:\n    pass\nelse:\n    pass\n',
    'if x: y = 1',
    'while x:\n    break\nelse:\n    continue_ = 1\n',
    'for i in range(10):\n    continue\n',
    'for a, b in x: pass',
    'for (a, b) in x: pass',
    'for x in *a, b: pass',
    'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    x\nfinally:\n    y\n',
    'with a as b, c as d:\n    pass\n',
    'with (a as b, c as d):\n    pass\n',
    'with (a, b):\n    pass\n',
    'with (a, b) as c:\n    pass\n',
    'with a:\n    pass\n',
    'import a.b as c, d',
    'from a.b import (x, y as z)',
    'from . import x',
    'from .. import y',
    'from ...a import b',
    'from .a import *',
    'from . a import b',
    'global x, y',
    'del a, b[0], c.d',
    'del (a, b)',
    'del [a]',
    'assert x',
    "assert x, 'msg'",
    'raise',
    'raise E',
    'raise E from e',
    'pass; pass',
    'x = 1; y = 2;',
    "@dec\n@dec2(1)\ndef f(a: int, b: str = 'x', *args: int, c, d=1, **kw) -> bool:\n    '''doc'''\n    return 1\n",
    'async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n',
    "class A(B, C, metaclass=M):\n    'doc'\n    x = 1\n    def f(self): pass\n",
    '@dataclass\nclass A: pass',
    'class A(): pass',
    'def f(a, b, /, c, *, d): pass',
    'def f(*, a=1, b): pass',
    'def f(a=1, /, b=2): pass',
    'match x:\n    case 1:\n        pass\n    case _:\n        pass\n',
    'match = 1',
    'match(x)',
    'match[1]',
    'case = 2',
    '_ = 3',
    'print(match, case)',
    'x = (\n  1,\n  2\n)',
    'x = 1 + \\\n  2',
    'x = [\n    1, # comment\n    2,\n]',
    'if x:\n    # comment\n\n    y = 1\n\n# trailing\n',
    'if x:\n\ty = 1\n',
    'def f():\n    return (yield)\n',
    "print(*a, sep='')",
    'x = a if b else c if d else e',
    'x = [a for b in c if d if e]',
    'x = not not a',
    'x = a is not None',
    'x = -1',
    'x = --1',
    'x = a**-b**c',
    'x = (a)',
    'x = ((a, b))',
    'x = a.b[c](d)(e)',
    'x = ...',
    'x = None, True, False',
    'x = 1 if 2 else 3',
    'x = lambda: (yield)',
    'lambda x: (x, x)',
    'x = [*a, *b]',
    'x = {**a, **b}',
    'f(**a, **b)',
    'f(*a, *b)',
    'f(a)(b)(c)',
    'x = y = z = f()',
    "x = 'a' \\\n  'b'",
    '0',
    '00',
    '0_0',
    '0.0',
    '0e0',
    '1E5',
    '0xFFFF_FFFF',
    '0O777',
    '0B1',
    '9999999999999999999999999999999',
    '1.7976931348623157e309',
    'x = 1if y else 2',
    'x = [1for x in y]',
    'x = 0x1for x in y',
    'async def f():\n    am = [x async for x in y]\n    an = (yield)\n',
    'def f():\n    ao = (yield from x)\n    return\n    return x\n    return x, y\n    with (yield):\n        pass\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n',
    'match x, y:\n    case 1:\n        pass\n',
    'match -x:\n    case _:\n        pass\n',
    'x = (\n    a +\n    b\n)\n',
    'foo(a,\n    b=2,\n    *c)\n',
    "x = {\n  'a': 1,\n  'b': [1, 2],\n}\n",
    '@ a . b ( c )\ndef f ( ) : pass\n',
    'class A:\n    @property\n    def x(self):\n        return self._x\n',
    'if a:\n    if b:\n        pass\n    else:\n        pass\nelif c:\n    pass\n',
    'for x in y:\n    if x:\n        break\nelse:\n    pass\n',
    'while True:\n    try:\n        x\n    except:\n        continue\n',
    'x = [(a, b) for a in range(3) for b in range(a)]',
    'x = {(a): b for a, b in c}',
    'x = a[b][c]',
    'x = a.b.c(d).e[f]',
    "x = f'{a}' f'{b}'",
    "x = f'{a!r}' 'lit' f'{b:{c}}'",
    "x = f'{3.14:.2f}'",
    "x = f'{x:%Y-%m-%d}'",
    "print('%d items' % n)",
    "x = 'a' if b else 'c'",
    't = 1,',
    't = 1, 2',
    'for i, (a, b) in enumerate(z): pass',
    'x[1:2, 3] = y',
    'a.b.c = d',
    '(a, b), c = d',
    '[a, *b] = c',
    'x = y[::-1]',
    'x = y[a:b:c]',
    'def f(*args, **kwargs): return f(*args, **kwargs)',
    'def f(a, b=2, *, c=3): pass',
    "def f(a: 'int' = 3) -> 'str': pass",
    'def f(*, a): pass',
    'def f(a, /): pass',
    'x = 1  # comment',
    '# only a comment',
    '',
    '\n\n\n',
    'x = 1\n\n\n\ny = 2\n',
    'if x:\n    a = 1\n\n    b = 2\n',
    'if x:\n        deep = 1\n',
    'def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n',
    "x = 'it''s'",
    'x = "a\\"b"',
    "x = 'a\\\nb'",
    "x = '''a\\\nb'''",
    "x = r'a\\\nb'",
    "x = b'a' rb'\\n' BR'x' Rb'y'",
    "x = U'u' R'r' F'{a}' Fr'{b}' fR'{c}' RF'{d}'",
    "x = 'tab\\there'",
    "x = '\\q\\d'",
    'x = 1\r\ny = 2\r\n',
    'x = 1\ry = 2',
    'x = a[b:=1]',
    'x = [y for x in z if (y := f(x))]',
    'f(a := 1)',
    'x = 1 if a else (2 if b else 3)',
    'from typing import List, Dict',
    'import numpy as np, torch.nn as nn',
    'from torch import nn, optim',
    'x = torch.tensor([[1.0],[2.0]])',
    "model.compile(optimizer='sgd', loss='mse', metrics=['accuracy'])",
    "with open('f') as f, open('g') as g: pass",
    'with a, b: pass',
    'with (a): pass',
    'with (a) as b: pass',
    'with (a, b,): pass',
    'with (\n  a as b,\n  c as d,\n):\n  pass\n',
    'x = lambda *args, **kw: (args, kw)',
    'x = lambda a=(1, 2): a',
    'x = [lambda: i for i in range(3)]',
    "assert isinstance(x, int), f'{x!r} bad'",
    "raise ValueError('x') from None",
    'del x[0], y.z',
    'try:\n    pass\nexcept Exception as e:\n    raise RuntimeError() from e\n',
    "x: 'List[int]' = []",
    'x: list[int] = [1]',
    "print(1, 2, sep=', ', end='')",
    'x = not (a and b)',
    'x = a == b == c',
    'x = (a < b) < c',
    'x = a if b else c, d',
    'x = *a, b',
    'print(*[1, 2])',
    'x = [i for i in range(10) if i % 2 == 0]',
    'x = sum(x * x for x in range(10))',
    'x = max(a, key=lambda t: t[1])',
    'x = 10 ** -2',
    'x = -a ** -b',
    'x = (-a) ** b',
    'x = ~-+a',
    'x = 1 << 2 >> 3',
    'x = a @ b @ c',
    'x = a // b % c * d / e',
    'x = a - b - c',
    'x = a ** b ** c',
    'x = a or b and c or d',
    'x = a and (b or c)',
    'x = not a == b',
    'x = a in b not in c',
]


def pos(n):
    return {'line': n.lineno, 'col': n.col_offset + 1, 'endLine': n.end_lineno, 'endCol': n.end_col_offset + 1}


def const(v):
    if v is None: return {'type': 'None'}
    if v is Ellipsis: return {'type': 'Ellipsis'}
    if isinstance(v, bool): return {'type': 'bool', 'value': v}
    if isinstance(v, int): return {'type': 'int', 'value': str(v)}  # bigint in ast.ts
    if isinstance(v, float): return {'type': 'float', 'value': v if v != float('inf') else 'Infinity'}
    if isinstance(v, complex): return {'type': 'imag', 'value': v.imag}
    if isinstance(v, str): return {'type': 'str', 'value': v}
    if isinstance(v, bytes): return {'type': 'bytes', 'value': v.decode('latin-1')}
    raise TypeError(v)


def arguments(a):
    return {'posonlyargs': [arg(x) for x in a.posonlyargs], 'args': [arg(x) for x in a.args],
            'vararg': arg(a.vararg) if a.vararg else None, 'kwonlyargs': [arg(x) for x in a.kwonlyargs],
            'kwDefaults': [node(x) for x in a.kw_defaults], 'kwarg': arg(a.kwarg) if a.kwarg else None,
            'defaults': [node(x) for x in a.defaults]}


def arg(x): return {'arg': x.arg, 'annotation': node(x.annotation), **pos(x)}
def comprehension(g): return {'target': node(g.target), 'iter': node(g.iter), 'ifs': nodes(g.ifs), 'isAsync': bool(g.is_async)}
def keyword(k): return {'arg': k.arg, 'value': node(k.value), **pos(k)}
def alias(a): return {'name': a.name, 'asname': a.asname, **pos(a)}
def handler(h): return {'type': node(h.type), 'name': h.name, 'body': nodes(h.body), **pos(h)}
def op(o): return type(o).__name__
def nodes(ns): return [node(n) for n in ns]


def node(n, in_fstring=False):
    """in_fstring: CPython 3.11 gives an f-string's parts the position of the whole literal; those are left out."""
    if n is None: return None
    t = type(n).__name__
    P = {} if in_fstring else pos(n)
    if t == 'Name': return {'kind': 'Name', 'id': n.id, **P}
    if t == 'Constant': return {'kind': 'Constant', 'value': const(n.value), **P}
    if t == 'JoinedStr': return {'kind': 'JoinedStr', 'values': [node(v, True) for v in n.values], **P}
    if t == 'FormattedValue':
        conversion = {-1: None, 115: 's', 114: 'r', 97: 'a'}[n.conversion]
        return {'kind': t, 'value': node(n.value), 'conversion': conversion, 'formatSpec': node(n.format_spec, True),
                'debugText': None}
    if t in ('List', 'Tuple', 'Set'): return {'kind': t, 'elts': nodes(n.elts), **P}
    if t == 'Dict': return {'kind': t, 'keys': nodes(n.keys), 'values': nodes(n.values), **P}
    if t in ('ListComp', 'SetComp', 'GeneratorExp'):
        return {'kind': t, 'elt': node(n.elt), 'generators': [comprehension(g) for g in n.generators], **P}
    if t == 'DictComp':
        return {'kind': t, 'key': node(n.key), 'value': node(n.value), 'generators': [comprehension(g) for g in n.generators], **P}
    if t == 'Attribute': return {'kind': t, 'value': node(n.value), 'attr': n.attr, **P}
    if t == 'Subscript': return {'kind': t, 'value': node(n.value), 'slice': node(n.slice), **P}
    if t == 'Slice': return {'kind': t, 'lower': node(n.lower), 'upper': node(n.upper), 'step': node(n.step), **P}
    if t in ('Starred', 'Await'): return {'kind': t, 'value': node(n.value), **P}
    if t == 'Call': return {'kind': t, 'func': node(n.func), 'args': nodes(n.args), 'keywords': [keyword(k) for k in n.keywords], **P}
    if t == 'UnaryOp': return {'kind': t, 'op': op(n.op), 'operand': node(n.operand), **P}
    if t == 'BinOp': return {'kind': t, 'left': node(n.left), 'op': op(n.op), 'right': node(n.right), **P}
    if t == 'BoolOp': return {'kind': t, 'op': op(n.op), 'values': nodes(n.values), **P}
    if t == 'Compare': return {'kind': t, 'left': node(n.left), 'ops': [op(o) for o in n.ops], 'comparators': nodes(n.comparators), **P}
    if t == 'IfExp': return {'kind': t, 'test': node(n.test), 'body': node(n.body), 'orelse': node(n.orelse), **P}
    if t == 'Lambda': return {'kind': t, 'args': arguments(n.args), 'body': node(n.body), **P}
    if t == 'NamedExpr': return {'kind': t, 'target': node(n.target), 'value': node(n.value), **P}
    if t in ('Yield', 'YieldFrom'): return {'kind': 'Yield', 'value': node(n.value), 'isFrom': t == 'YieldFrom', **P}
    if t == 'Expr': return {'kind': t, 'value': node(n.value), **P}
    if t == 'Assign': return {'kind': t, 'targets': nodes(n.targets), 'value': node(n.value), **P}
    if t == 'AugAssign': return {'kind': t, 'target': node(n.target), 'op': op(n.op), 'value': node(n.value), **P}
    if t == 'AnnAssign': return {'kind': t, 'target': node(n.target), 'annotation': node(n.annotation), 'value': node(n.value), **P}
    if t in ('If', 'While'): return {'kind': t, 'test': node(n.test), 'body': nodes(n.body), 'orelse': nodes(n.orelse), **P}
    if t in ('For', 'AsyncFor'):
        return {'kind': 'For', 'target': node(n.target), 'iter': node(n.iter), 'body': nodes(n.body), 'orelse': nodes(n.orelse),
                'isAsync': t == 'AsyncFor', **P}
    if t in ('Break', 'Continue', 'Pass'): return {'kind': t, **P}
    if t == 'Return': return {'kind': t, 'value': node(n.value), **P}
    if t in ('FunctionDef', 'AsyncFunctionDef'):
        return {'kind': 'FunctionDef', 'name': n.name, 'args': arguments(n.args), 'body': nodes(n.body),
                'decorators': nodes(n.decorator_list), 'returns': node(n.returns), 'isAsync': t == 'AsyncFunctionDef',
                'docstring': ast.get_docstring(n, clean=False), **P}
    if t == 'ClassDef':
        return {'kind': t, 'name': n.name, 'bases': nodes(n.bases), 'keywords': [keyword(k) for k in n.keywords],
                'body': nodes(n.body), 'decorators': nodes(n.decorator_list), 'docstring': ast.get_docstring(n, clean=False), **P}
    if t == 'Import': return {'kind': t, 'names': [alias(a) for a in n.names], **P}
    if t == 'ImportFrom': return {'kind': t, 'module': n.module, 'names': [alias(a) for a in n.names], 'level': n.level, **P}
    if t in ('Global', 'Nonlocal'): return {'kind': t, 'names': list(n.names), **P}
    if t == 'Delete': return {'kind': t, 'targets': nodes(n.targets), **P}
    if t == 'Assert': return {'kind': t, 'test': node(n.test), 'msg': node(n.msg), **P}
    if t == 'Raise': return {'kind': t, 'exc': node(n.exc), 'cause': node(n.cause), **P}
    if t == 'Try':
        return {'kind': t, 'body': nodes(n.body), 'handlers': [handler(h) for h in n.handlers], 'orelse': nodes(n.orelse),
                'finalbody': nodes(n.finalbody), **P}
    if t in ('With', 'AsyncWith'):
        items = [{'contextExpr': node(i.context_expr), 'optionalVars': node(i.optional_vars)} for i in n.items]
        return {'kind': 'With', 'items': items, 'body': nodes(n.body), 'isAsync': t == 'AsyncWith', **P}
    if t == 'Match': return {'kind': t, 'subject': node(n.subject), **P}
    raise TypeError(t)


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'cpython_ast.json'), 'w') as out:
        out.write('[\n')
        for i, source in enumerate(SNIPPETS):
            compile(source, 'f.py', 'exec')  # every snippet must be a valid program, compile-time checks included
            entry = {'source': source, 'body': nodes(ast.parse(source).body)}
            out.write(json.dumps(entry, separators=(',', ':')) + (',\n' if i < len(SNIPPETS) - 1 else '\n'))
        out.write(']\n')
