// The entry point the worker and the CLI share: runs learner code with Tandem's modules (torch, numpy,
// tensorflow, matplotlib, plus math and random).

import { runProgram, type RunOptions, type RunResult } from './interpreter/runProgram.ts';
import { registry } from './modules/index.ts';
import type { RunHost } from './objects/context.ts';

export type { RunHost } from './objects/context.ts';
export type { RunOptions, RunResult } from './interpreter/runProgram.ts';

export async function runPython(code: string, host: RunHost, options: RunOptions): Promise<RunResult> {
  return runProgram(code, host, options, registry);
}
