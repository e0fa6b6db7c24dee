import type { WorkerClient } from '../worker/client.ts';
import type { RunOptions } from '../worker/protocol.ts';
import { EDITOR_PANES, type EditorPane, type Playground } from './playground.ts';

/** The learner's run controls, wiring the worker client to the playground store. */
export interface RunControls {
  run(pane: EditorPane): void;
  runBoth(): void;
  stop(pane: EditorPane): void;
}

/**
 * A generous wall-clock limit: lessons train in seconds, so a minute means a runaway loop the learner forgot
 * to stop. The interpreter raises TimeoutError past it; the client's watchdog is the backstop.
 */
export const RUN_TIME_LIMIT_MS = 60_000;

export function createRunControls(playground: Playground, client: WorkerClient, options: RunOptions = { timeLimitMs: RUN_TIME_LIMIT_MS }): RunControls {
  const run = (pane: EditorPane) => {
    const handle = client.run(pane, playground.getState().panes[pane].code, options);
    playground.getState().runStarted(pane, handle.runId);
    handle.subscribe((event) => playground.getState().runEvent(pane, event));
  };
  return {
    run,
    runBoth: () => EDITOR_PANES.forEach(run),
    stop: (pane) => client.stop(pane),
  };
}
