// Helpers for the parser's tests: trees without positions, so a test can spell out the shape it expects.
import type { Expr, Stmt } from '../ast.ts';
import { parse } from './index.ts';

const POSITION_KEYS = new Set(['line', 'col', 'endLine', 'endCol']);

/** A copy of `value` with every position field removed. */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (!POSITION_KEYS.has(key)) result[key] = shape(child);
  return result;
}

/** The statements of `source`, without positions. */
export function statements(source: string): unknown[] {
  return parse(source).body.map(shape);
}

/** The expression of a one-expression program, as parsed (positions kept). */
export function parseExpression(source: string): Expr {
  const [statement] = parse(source).body;
  if (statement?.kind !== 'Expr') throw new Error(`not an expression statement: ${source}`);
  return statement.value;
}

/** The expression of a one-expression program, without positions. */
export function expression(source: string): unknown {
  return shape(parseExpression(source));
}

/** Like `expression`, for what is valid only inside an (async) function body: await, yield. */
export function expressionInFunction(source: string): unknown {
  const [def] = parse(`async def f():\n    ${source}\n`).body;
  const [statement] = def.kind === 'FunctionDef' ? def.body : [];
  if (statement?.kind !== 'Expr') throw new Error(`not an expression statement: ${source}`);
  return shape(statement.value);
}

export function firstStatement(source: string): Stmt {
  return parse(source).body[0];
}

// Short builders for expected trees.
export const name = (id: string) => ({ kind: 'Name', id });
export const int = (value: number | bigint) => ({ kind: 'Constant', value: { type: 'int', value: BigInt(value) } });
export const str = (value: string) => ({ kind: 'Constant', value: { type: 'str', value } });
export const binOp = (left: unknown, op: string, right: unknown) => ({ kind: 'BinOp', left, op, right });
