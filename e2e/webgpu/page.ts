// The WebGPU test page: runs the suite named in ?suite= (parity or memory) in workers, shows progress, and
// leaves the report on window.__webgpuReport for Playwright.

import type { Tuned } from '../../src/engine/backends/webgpu/index.ts';
import type { HarnessEvent, HarnessReport, HarnessRequest, MemoryCheckpoint } from './protocol.ts';
import type { TestResult } from './spec-runner.ts';

declare global {
  interface Window {
    __webgpuReport?: HarnessReport;
  }
}

const query = new URLSearchParams(location.search);
const status = document.getElementById('status') as HTMLElement;
const log = document.getElementById('log') as HTMLElement;

const line = (text: string): void => {
  log.textContent += `${text}\n`;
};

interface Collected {
  adapter: string | null;
  timings: string | null;
  readonly results: TestResult[];
  readonly checkpoints: MemoryCheckpoint[];
}

interface Outcome {
  readonly error: string | null;
  readonly files?: readonly string[];
  readonly tuned?: Tuned;
}

/** Sends one request to a fresh worker and gathers its events until it is done or has failed. */
function ask(request: HarnessRequest, into: Collected): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./harness.worker.ts', import.meta.url), { type: 'module' });
    const end = (outcome: Outcome): void => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (message: MessageEvent<HarnessEvent>) => {
      const event = message.data;
      switch (event.kind) {
        case 'files':
          into.timings = event.timings;
          line(`kernel timings: ${event.timings}`);
          return end({ files: event.files, tuned: event.tuned, error: null });
        case 'started':
          into.adapter = event.adapter;
          return;
        case 'result':
          into.results.push(event.result);
          if (!event.result.passed) line(`FAIL ${event.result.file} › ${event.result.name}\n  ${event.result.error ?? ''}`);
          status.textContent = `${into.results.length} tests run`;
          return;
        case 'checkpoint':
          into.checkpoints.push(event.checkpoint);
          line(JSON.stringify(event.checkpoint));
          return;
        case 'done':
          return end({ error: null });
        case 'failed':
          return end({ error: event.error });
      }
    };
    worker.onerror = (event) => end({ error: `worker error: ${event.message}` });
    worker.postMessage(request);
  });
}

async function main(): Promise<void> {
  const start = performance.now();
  const collected: Collected = { adapter: null, timings: null, results: [], checkpoints: [] };
  let error: string | null = null;
  if (query.get('suite') === 'memory') {
    error = (await ask({ kind: 'memory', steps: Number(query.get('steps') ?? '10000') }, collected)).error;
  } else {
    const listing = await ask({ kind: 'list' }, collected);
    error = listing.error;
    const only = query.get('file');
    for (const file of (listing.files ?? []).filter((f) => only === null || f.includes(only))) {
      line(`running ${file}`);
      const outcome = await ask({ kind: 'parity', file, tuned: listing.tuned ?? null }, collected);
      if (outcome.error !== null) error = `${file}: ${outcome.error}`;
      if (error !== null) break;
    }
  }
  const ms = performance.now() - start;
  const { adapter, timings, results, checkpoints } = collected;
  window.__webgpuReport = { adapter, timings, results, checkpoints, error, ms };
  const failed = results.filter((r) => !r.passed).length;
  status.textContent = error ?? `${results.length - failed} passed, ${failed} failed in ${(ms / 1000).toFixed(1)} s on ${adapter ?? '?'}`;
}

void main();
