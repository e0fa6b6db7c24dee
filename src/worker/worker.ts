// The Web Worker entry: the only place learner code runs (DESIGN.md: "User code is untrusted"). One run at a
// time; the client gives each pane its own worker, so Keras and PyTorch train side by side, and "Look inside
// fit()" a worker of its own.
import { runPython } from '../python/run.ts';
import { startEngineBackend } from './engineBackend.ts';
import { traceFit } from './fitTrace.ts';
import { internalError } from './internalError.ts';
import type { WorkerEvent, WorkerRequest } from './lookInside.ts';
import { runOne } from './runner.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (event: WorkerEvent): void => scope.postMessage(event);
let running = false;
// The WebGPU device starts with the worker; runs wait for it (or for the CPU fallback) before they begin.
const backendReady = startEngineBackend();

scope.onmessage = (message: MessageEvent<WorkerRequest>) => {
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
      void backendReady
        .then(() => runOne(request, post, runPython))
        .finally(() => {
          running = false;
        });
      return;
    case 'look-inside-fit':
      void backendReady
        .then(() => traceFit(request.code, request.steps, request.timeLimitMs))
        .catch((cause: unknown) => ({ kind: 'error' as const, error: internalError(`the trace failed: ${String(cause)}`) }))
        .then((result) => post({ type: 'fit-trace', runId: request.runId, result }));
      return;
    case 'stop':
      // Nothing to do here: a program in a tight loop never yields to this handler, so the client stops a run
      // by terminating this worker instead (client.ts).
      return;
  }
};
