// The Web Worker entry: the only place learner code runs (DESIGN.md: "User code is untrusted"). One run at a
// time; the client gives each pane its own worker, so Keras and PyTorch train side by side.
import { runPython } from '../python/run.ts';
import { internalError } from './internalError.ts';
import type { Request, RunEvent } from './protocol.ts';
import { runOne } from './runner.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (event: RunEvent): void => scope.postMessage(event);
let running = false;

scope.onmessage = (message: MessageEvent<Request>) => {
  const request = message.data;
  switch (request.type) {
    case 'run':
      if (running) {
        // The client stops (terminates) a pane's worker before it starts another run there.
        post({ type: 'error', runId: request.runId, error: internalError('a run is already in progress') });
        post({ type: 'done', runId: request.runId, ms: 0 });
        return;
      }
      running = true;
      void runOne(request, post, runPython).finally(() => {
        running = false;
      });
      return;
    case 'stop':
      // Nothing to do here: a program in a tight loop never yields to this handler, so the client stops a run
      // by terminating this worker instead (client.ts).
      return;
  }
};
