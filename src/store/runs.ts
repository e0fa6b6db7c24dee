import type { WorkerClient } from '../worker/client.ts';
import type { Pane, RunOptions } from '../worker/protocol.ts';
import { codeOf, type KeptWork } from './keptWork.ts';
import { runOutcome } from './paneState.ts';
import { lessonPanes, type Playground } from './playground.ts';

/** The learner's run controls, wiring the worker client to the playground and to the kept progress. */
export interface RunControls {
  run(pane: Pane): void;
  /** Runs every pane of the lesson ("Run both", or all three with a TensorFlow pane). */
  runAll(): void;
  stop(pane: Pane): void;
  stopAll(): void;
  isRunning(pane: Pane): boolean;
}

/**
 * A generous wall-clock limit: lessons train in seconds, so a minute means a runaway loop the learner forgot
 * to stop. The interpreter raises TimeoutError past it; the client's watchdog is the backstop.
 */
export const RUN_TIME_LIMIT_MS = 60_000;

export function createRunControls(
  playground: Playground,
  kept: KeptWork,
  client: WorkerClient,
  options: RunOptions = { timeLimitMs: RUN_TIME_LIMIT_MS },
): RunControls {
  const run = (pane: Pane) => {
    const lesson = playground.getState().lesson;
    const handle = client.run(pane, codeOf(kept.getState(), lesson, pane), options);
    playground.getState().runStarted(pane, handle.runId);
    handle.subscribe((event) => {
      playground.getState().runEvent(pane, event);
      // Checks read finished runs only; a stopped run is not finished and leaves the progress as it was.
      if (event.type === 'done' && playground.getState().lesson === lesson) {
        kept.getState().recordRun(lesson, pane, runOutcome(playground.getState().panes[pane]));
      }
    });
  };
  const panes = () => lessonPanes(playground.getState().lesson);
  return {
    run,
    runAll: () => panes().forEach(run),
    stop: (pane) => client.stop(pane),
    stopAll: () => panes().forEach((pane) => client.stop(pane)),
    isRunning: (pane) => client.isRunning(pane),
  };
}
