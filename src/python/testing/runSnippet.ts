// Test helper: runs a Python snippet and collects what it printed and how it ended.

import type { Figure, MetricPoint } from '../../worker/protocol.ts';
import { runProgram, type RunOptions, type RunResult } from '../interpreter/runProgram.ts';
import type { ModuleRegistry } from '../objects/module.ts';

export interface SnippetRun {
  stdout: string;
  metrics: MetricPoint[];
  figures: Figure[];
  result: RunResult;
  /** The final "Type: message" line of the traceback, or null when the run succeeded. */
  error: string | null;
}

export async function runSnippet(
  code: string,
  registry: ModuleRegistry = {},
  options: Partial<RunOptions> = {},
): Promise<SnippetRun> {
  let stdout = '';
  const metrics: MetricPoint[] = [];
  const figures: Figure[] = [];
  const result = await runProgram(
    code,
    { stdout: (t) => (stdout += t), metric: (p) => metrics.push(...p), figure: (f) => figures.push(f) },
    { filename: 'main.py', ...options },
    registry,
  );
  const error = result.ok ? null : (result.error.traceback.trimEnd().split('\n').pop() ?? null);
  return { stdout, metrics, figures, result, error };
}
