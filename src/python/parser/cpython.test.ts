import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from './index.ts';

// testdata/cpython_ast.json holds what CPython 3.11's own parser makes of 260 snippets (every construct in ast.ts,
// with positions), written by testdata/cpython_ast.py in the shape of our tree. Our tree must be the same.
interface Fixture {
  source: string;
  body: unknown[];
}

const fixtures: Fixture[] = JSON.parse(
  readFileSync(new URL('./testdata/cpython_ast.json', import.meta.url), 'utf8'),
);

const POSITION_KEYS = new Set(['line', 'col', 'endLine', 'endCol']);
const FSTRING_PARTS = new Set(['Constant', 'FormattedValue', 'JoinedStr']);

/**
 * Our tree as JSON comparable with the fixture: bigints as decimal strings, and no positions on an f-string's
 * parts, which CPython 3.11 places at the whole literal (we give each part its own).
 */
function comparable(value: unknown, insideFString = false): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value === Infinity) return 'Infinity';
  if (Array.isArray(value)) return value.map((v) => comparable(v, insideFString));
  if (value === null || typeof value !== 'object') return value;
  const kind = 'kind' in value ? value.kind : undefined;
  const dropPositions = insideFString && typeof kind === 'string' && FSTRING_PARTS.has(kind);
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (dropPositions && POSITION_KEYS.has(key)) continue;
    // A field's expression is ordinary code again, with real positions.
    const childInside = kind === 'FormattedValue' && key === 'value' ? false : insideFString || kind === 'JoinedStr';
    result[key] = comparable(child, childInside);
  }
  return result;
}

describe('the tree matches CPython 3.11 ast, positions included', () => {
  it('covers a good range of snippets', () => {
    expect(fixtures.length).toBeGreaterThan(250);
  });

  it.each(fixtures.map((f) => [f.source, f] as const))('%j', (_source, fixture) => {
    expect(comparable(parse(fixture.source).body)).toEqual(fixture.body);
  });
});
