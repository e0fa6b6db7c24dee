// A stand-in Worker for tests of the client and of what sits on it: it records what it is asked and replies
// with whatever the test says, so the tests can play out runs, stale events and crashes deterministically.
import type { WorkerPort } from './client.ts';
import type { WorkerEvent, WorkerRequest } from './lookInside.ts';

export class ScriptedWorker implements WorkerPort {
  onmessage: ((message: MessageEvent<WorkerEvent>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  terminated = false;

  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(event: WorkerEvent): void {
    this.onmessage?.({ data: event } as MessageEvent<WorkerEvent>);
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

/** Spawns ScriptedWorkers and keeps them, in spawn order, for the test to drive. */
export function scriptedWorkers(): { spawn: () => ScriptedWorker; workers: ScriptedWorker[] } {
  const workers: ScriptedWorker[] = [];
  return {
    workers,
    spawn: () => {
      const worker = new ScriptedWorker();
      workers.push(worker);
      return worker;
    },
  };
}
