// Test helper: runs a Python program through the whole interpreter and collects every event its host saw.

import type { Figure, MetricPoint } from '../../worker/protocol.ts';
import { runPython } from '../run.ts';

export interface Collected {
  stdout: string;
  metrics: MetricPoint[];
  figures: Figure[];
  /** The traceback when the program failed. */
  error: string | null;
}

export async function runCollecting(code: string): Promise<Collected> {
  const out: Collected = { stdout: '', metrics: [], figures: [], error: null };
  const result = await runPython(
    code,
    {
      stdout: (t) => (out.stdout += t),
      metric: (points) => out.metrics.push(...points),
      figure: (f) => out.figures.push(f),
    },
    { filename: 'test.py', timeLimitMs: 60_000 },
  );
  if (!result.ok) out.error = result.error.traceback;
  // No waiting here: a run returns only once its pending loss points have been emitted (ctx.onRunEnd).
  return out;
}
