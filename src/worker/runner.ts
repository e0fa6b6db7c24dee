import type { runPython } from '../python/run.ts';
import { EventBatcher } from './batcher.ts';
import { placeRun, runningOn } from './engineBackend.ts';
import { internalError } from './internalError.ts';
import type { PyErrorInfo, Request, RunEvent } from './protocol.ts';

export type RunRequest = Extract<Request, { type: 'run' }>;

/** The interpreter's entry point. The worker passes runPython; tests may pass a scripted program. */
export type Execute = typeof runPython;

/**
 * One run: streams `started`, then batched `stdout`/`metric` and in-order `figure` events, then `error` if the
 * program raised, and always `done` last. Never throws: a bug below us becomes an error event, because a
 * rejected promise in a worker would otherwise vanish and leave the pane spinning.
 */
export async function runOne(
  request: RunRequest,
  post: (event: RunEvent) => void,
  execute: Execute,
  now: () => number = () => performance.now(),
): Promise<void> {
  const { runId, pane, code, options } = request;
  const startedAt = now();
  // What the learner's program runs on: the CPU, and the GPU adapter when automatic placement has one.
  placeRun(options?.backend);
  post({ type: 'started', runId, backend: runningOn() });

  const batch = new EventBatcher(runId, post, now);
  let error: PyErrorInfo | null = null;
  try {
    const result = await execute(
      code,
      {
        stdout: (text) => batch.stdout(text),
        metric: (points) => batch.metric(points),
        figure: (figure) => batch.postInOrder({ type: 'figure', runId, figure }),
      },
      { filename: `${pane}.py`, timeLimitMs: options?.timeLimitMs },
    );
    if (!result.ok) error = result.error;
  } catch (cause) {
    error = internalError(`the interpreter failed: ${describe(cause)}`);
  }

  if (error !== null) batch.postInOrder({ type: 'error', runId, error });
  batch.close();
  post({ type: 'done', runId, ms: now() - startedAt });
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  return String(cause);
}
