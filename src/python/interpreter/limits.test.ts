// A runaway program ends with a clear error, and a long one never starves the event loop.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../testing/runSnippet.ts';

describe('run limits', () => {
  it('ends an endless loop at the step limit', async () => {
    const run = await runSnippet('while True:\n    pass', {}, { stepLimit: 20_000 });
    expect(run.error).toBe('TimeoutError: the program ran longer than the step limit of 20000 steps');
    expect(run.result.ok ? null : run.result.error.line).toBe(2);
  });

  it('ends an endless loop at the time limit, even when the loop catches every exception', async () => {
    const code = 'n = 0\nwhile True:\n    try:\n        n += 1\n    except Exception:\n        pass';
    const run = await runSnippet(code, {}, { timeLimitMs: 300 });
    expect(run.error).toBe('TimeoutError: the program ran longer than the time limit of 0.3 s');
  });

  it('counts comprehension iterations as steps', async () => {
    const run = await runSnippet('xs = [i for i in range(10 ** 9)]', {}, { stepLimit: 5_000 });
    expect(run.error).toBe('TimeoutError: the program ran longer than the step limit of 5000 steps');
  });

  it('lets the event loop run while a long loop executes', async () => {
    let timerFired = false;
    setTimeout(() => (timerFired = true), 5);
    let firedDuringRun = false;
    const started = Date.now();
    const run = await runSnippet('total = 0\nwhile True:\n    total += 1', {}, { timeLimitMs: 200 });
    firedDuringRun = timerFired;
    expect(run.error).toMatch(/^TimeoutError/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(firedDuringRun).toBe(true);
  });

  it('allows recursion just under the limit and stops it at the limit', async () => {
    const ok = await runSnippet('def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(990))');
    expect(ok.stdout).toBe('990\n');
    const deep = await runSnippet('def d(n):\n    return d(n + 1)\nd(0)');
    expect(deep.error).toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('ends quietly on exit()', async () => {
    const run = await runSnippet('print("a")\nexit()\nprint("b")');
    expect(run.result.ok).toBe(true);
    expect(run.stdout).toBe('a\n');
  });
});

describe('time.sleep', () => {
  it('waits on a timer instead of blocking', async () => {
    const started = Date.now();
    const ok = await runSnippet('import time\nt = time.perf_counter()\ntime.sleep(0.05)\nprint(time.perf_counter() - t >= 0.04)');
    expect(ok.stdout).toBe('True\n');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
