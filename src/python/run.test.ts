// runPython's contract with the worker: output through the host, and errors as PyErrorInfo that point the
// editor at the failing expression and carry the traceback CPython would print.

import { describe, expect, it } from 'vitest';
import { runPython } from './run.ts';

async function run(code: string) {
  let stdout = '';
  const result = await runPython(
    code,
    { stdout: (t) => (stdout += t), metric: () => {}, figure: () => {} },
    { filename: 'pytorch.py' },
  );
  return { stdout, result };
}

describe('runPython', () => {
  it('streams print output and succeeds', async () => {
    const { stdout, result } = await run('for i in range(3):\n    print(i, end=" ")\nprint()');
    expect(result).toEqual({ ok: true });
    expect(stdout).toBe('0 1 2 \n');
  });

  it('describes a runtime error: type, message, deepest position, frames, traceback', async () => {
    const code = 'def mean(xs):\n    return sum(xs) / len(xs)\n\nprint("go")\nmean([])';
    const { stdout, result } = await run(code);
    expect(stdout).toBe('go\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
      col: 12,
      endLine: 2,
      endCol: 29,
      frames: [
        { filename: 'pytorch.py', line: 5, name: '<module>', text: 'mean([])' },
        { filename: 'pytorch.py', line: 2, name: 'mean', text: 'return sum(xs) / len(xs)' },
      ],
      traceback: [
        'Traceback (most recent call last):',
        '  File "pytorch.py", line 5, in <module>',
        '    mean([])',
        '  File "pytorch.py", line 2, in mean',
        '    return sum(xs) / len(xs)',
        '           ~~~~~~~~^~~~~~~~~',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    });
  });

  it('describes a syntax error without running anything', async () => {
    const { stdout, result } = await run('print("never")\nx = (1 +\n');
    expect(stdout).toBe('');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe('SyntaxError');
    expect(result.error.message).toBe("'(' was never closed");
    expect(result.error.line).toBe(2);
    expect(result.error.traceback).toBe(
      '  File "pytorch.py", line 2\n    x = (1 +\n        ^\nSyntaxError: \'(\' was never closed\n',
    );
  });

  it('adds CPython\'s "Did you mean" to NameError and AttributeError messages', async () => {
    const name = await run('learning_rate = 0.1\nprint(learning_rat)');
    expect(name.result.ok ? '' : name.result.error.message).toBe(
      "name 'learning_rat' is not defined. Did you mean: 'learning_rate'?",
    );
    const attr = await run('x = [1]\nx.apend(2)');
    expect(attr.result.ok ? '' : attr.result.error.message).toBe(
      "'list' object has no attribute 'apend'. Did you mean: 'append'?",
    );
  });

  it('prints chained exceptions in order', async () => {
    const { result } = await run('try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("bad key") from e');
    expect(result.ok ? '' : result.error.traceback).toBe(
      [
        'Traceback (most recent call last):',
        '  File "pytorch.py", line 2, in <module>',
        '    {}["k"]',
        '    ~~^^^^^',
        "KeyError: 'k'",
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "pytorch.py", line 4, in <module>',
        '    raise ValueError("bad key") from e',
        'ValueError: bad key',
        '',
      ].join('\n'),
    );
  });

  it('gives each run fresh builtins and modules', async () => {
    await run('print = None\nimport random\nrandom.seed(1)');
    const { stdout } = await run('import random\nprint(random.random() != 0.13436424411240122)');
    expect(stdout).toBe('True\n');
  });
});
