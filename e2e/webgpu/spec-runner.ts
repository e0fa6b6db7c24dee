// The part of Vitest's API the engine's test files use (describe, describe.each, it, beforeEach, expect), for
// running those same files in a browser worker against the WebGPU backend. The harness build aliases
// `vitest` to this module; expect is Vitest's own (@vitest/expect on chai), so every matcher behaves as in
// `npx vitest`.

import { chai, GLOBAL_EXPECT, getState, JestAsymmetricMatchers, JestChaiExpect, JestExtend, setState, type ExpectStatic } from '@vitest/expect';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

export const expect = ((value: unknown, message?: string) => {
  const { assertionCalls } = getState(expect);
  setState({ assertionCalls: assertionCalls + 1 }, expect);
  return chai.expect(value, message);
}) as ExpectStatic;
Object.assign(expect, chai.expect);
setState({ assertionCalls: 0, isExpectingAssertions: false, isExpectingAssertionsError: null, expectedAssertionsNumber: null, expectedAssertionsNumberErrorGen: null }, expect);
Object.defineProperty(globalThis, GLOBAL_EXPECT, { value: expect, writable: true, configurable: true });

type Body = () => unknown;

interface TestCase {
  readonly kind: 'test';
  readonly name: string;
  readonly body: Body;
}

interface Suite {
  readonly kind: 'suite';
  readonly name: string;
  readonly children: (Suite | TestCase)[];
  readonly beforeEach: Body[];
  readonly afterEach: Body[];
}

export interface TestResult {
  readonly file: string;
  readonly name: string;
  readonly passed: boolean;
  readonly error?: string;
  readonly ms: number;
}

let current: Suite = newSuite('');

/** An assertion's message plus, where chai recorded them, the actual and expected values in full. */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const text = `${e.name}: ${e.message}`;
  const { actual, expected } = e as Error & { actual?: unknown; expected?: unknown };
  if (actual === undefined && expected === undefined) return text;
  const show = (v: unknown): string => JSON.stringify(v, (_, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>) : x))?.slice(0, 400) ?? String(v);
  return `${text}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`;
}

function newSuite(name: string): Suite {
  return { kind: 'suite', name, children: [], beforeEach: [], afterEach: [] };
}

function describeImpl(name: string, body: () => void): void {
  const parent = current;
  const suite = newSuite(name);
  parent.children.push(suite);
  current = suite;
  try {
    body();
  } finally {
    current = parent;
  }
}

/** Vitest's name templates: `$key` from an object row, `%s`/`%d`/`%i`/`%j` from the row's values in order. */
function formatName(template: string, row: unknown): string {
  const values = Array.isArray(row) ? row : [row];
  let k = 0;
  let name = template.replace(/%[sdij]/g, () => String(values[k++]));
  if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
    const fields = row as Record<string, unknown>;
    name = name.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole: string, key: string) => (key in fields ? String(fields[key]) : whole));
  }
  return name;
}

export const describe = Object.assign(describeImpl, {
  each:
    <Row>(table: readonly Row[]) =>
    (template: string, body: (row: Row) => void): void => {
      for (const row of table) describeImpl(formatName(template, row), () => body(row));
    },
});

export function it(name: string, body: Body): void {
  current.children.push({ kind: 'test', name, body });
}

export const test = it;

export function beforeEach(body: Body): void {
  current.beforeEach.push(body);
}

export function afterEach(body: Body): void {
  current.afterEach.push(body);
}

/** Collects the tests a module defines while it is imported. */
export async function collect(load: () => Promise<unknown>): Promise<Suite> {
  const root = newSuite('');
  current = root;
  await load();
  current = newSuite('');
  return root;
}

/**
 * Runs a file's tests in order, each between its suites' beforeEach (outermost first) and afterEach (innermost
 * first) hooks; a failure does not stop the rest.
 */
export async function run(file: string, root: Suite, report: (result: TestResult) => void): Promise<void> {
  async function visit(suite: Suite, path: readonly string[], before: readonly Body[], after: readonly Body[]): Promise<void> {
    const setUp = [...before, ...suite.beforeEach];
    const tearDown = [...suite.afterEach, ...after];
    for (const child of suite.children) {
      if (child.kind === 'suite') {
        await visit(child, [...path, child.name], setUp, tearDown);
        continue;
      }
      const name = [...path, child.name].join(' › ');
      const start = performance.now();
      try {
        try {
          for (const hook of setUp) await hook();
          await child.body();
        } finally {
          for (const hook of tearDown) await hook();
        }
        report({ file, name, passed: true, ms: performance.now() - start });
      } catch (e) {
        report({ file, name, passed: false, error: describeError(e), ms: performance.now() - start });
      }
    }
  }
  await visit(root, [], [], []);
}
