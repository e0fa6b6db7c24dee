// Features outside Tandem's subset fail plainly at the line that uses them.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../testing/runSnippet.ts';

describe('unsupported features name themselves', () => {
  const cases: [string, string, number][] = [
    ['def gen():\n    yield 1\nprint(list(gen()))', "NotImplementedError: 'yield' is not supported in Tandem", 2],
    ['def gen():\n    yield from [1]\nlist(gen())', "NotImplementedError: 'yield from' is not supported in Tandem", 2],
    ['async def main():\n    pass', "NotImplementedError: 'async def' is not supported in Tandem", 1],
    ['x = 1\nmatch x:\n    case 1:\n        pass', "NotImplementedError: 'match' is not supported in Tandem", 2],
    ['name = input("name? ")', "NotImplementedError: 'input()' is not supported in Tandem", 1],
    ['f = open("data.csv")', "NotImplementedError: 'open()' is not supported in Tandem", 1],
    ['z = 1 + 2j', "NotImplementedError: 'complex numbers' is not supported in Tandem", 1],
    ['b = b"bytes"', "NotImplementedError: 'bytes' is not supported in Tandem", 1],
    ['print((-8) ** 0.5)', 'NotImplementedError: complex numbers are not supported in Tandem', 1],
  ];
  for (const [code, message, line] of cases) {
    it(message, async () => {
      const run = await runSnippet(code);
      expect(run.error).toBe(message);
      expect(run.result.ok ? null : run.result.error.line).toBe(line);
    });
  }
});
