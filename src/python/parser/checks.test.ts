import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

// The errors these checks raise are in errors.test.ts (CPython's messages and positions). Here: code CPython 3.11
// compiles must not be rejected by them.
describe('checks after parsing accept what CPython compiles', () => {
  it.each([
    ['return and yield inside functions and lambdas', 'def f():\n    yield 1\n    return 2\ng = lambda: (yield)\n'],
    ['break and continue in a loop body, also inside if and try', 'for x in y:\n    if x:\n        break\n    try:\n        continue\n    finally:\n        pass\n'],
    ['continue inside finally', 'while x:\n    try:\n        pass\n    finally:\n        continue\n'],
    ['await, async for and async comprehensions in async functions', 'async def f():\n    await g()\n    async for x in y: pass\n    return [x async for x in y]\n'],
    ['an async generator expression anywhere', 'g = (x async for x in y)\n'],
    ['one starred target per tuple, at any depth', 'a, *b = c\n[x, *y], *z = w\nfor a, *b in c: pass\n'],
    ['starred values inside displays and calls', 'x = *a, b\ny = [*a]\nf(*a, *b)\nz = {*a}\nq = a[*b]\n'],
    ['global before assignment', 'def f():\n    global x\n    x = 1\n'],
    ['nonlocal bound in an enclosing function, also through a class', 'def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n            x = 2\n'],
    ['nonlocal for a parameter of the enclosing function', 'def f(x):\n    def g():\n        nonlocal x\n'],
    ['global after import', 'def f():\n    import os\n    global os\n'],
    ['the same keyword in different calls', 'f(a=1)\ng(a=2)\nclass A(metaclass=M): pass\n'],
    ['repeated parameter names in different functions', 'def f(a): pass\ndef g(a): pass\nh = lambda a: lambda a: a\n'],
    ['a walrus in a comprehension', 'def f():\n    [y := x for x in z]\n    return y\n'],
  ])('%s', (_what, source) => {
    expect(() => parse(source)).not.toThrow();
  });
});
