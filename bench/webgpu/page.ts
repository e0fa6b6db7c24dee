// The WebGPU benchmark page: Tandem's workloads in one worker, then TensorFlow.js's in another (never both at
// once, so they do not share the CPU), with the report left on window.__benchReport for bench/webgpu.ts.

import { RUNNERS, WORKLOADS, type BenchEvent, type BenchReport, type BenchRequest, type Measurement, type Runner, type Workload } from './protocol.ts';

declare global {
  interface Window {
    __benchReport?: BenchReport;
  }
}

const log = document.getElementById('log') as HTMLElement;
const measurements: Measurement[] = [];
const info: string[] = [];

// ?runners=…&workloads=… (comma-separated ids) narrow the run, for repeated measurements of one figure.
const query = new URLSearchParams(location.search);
const chosen = <T extends string>(name: string, all: readonly T[]): T[] => {
  const wanted = query.get(name)?.split(',');
  return wanted === undefined ? [...all] : all.filter((id) => wanted.includes(id));
};
const runners = chosen('runners', RUNNERS);
const workloads = chosen<Workload>('workloads', WORKLOADS.map((w) => w.id));

function runIn(worker: Worker, side: Runner[]): Promise<void> {
  const wanted = side.filter((r) => runners.includes(r));
  if (wanted.length === 0) {
    worker.terminate();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    worker.onmessage = (message: MessageEvent<BenchEvent>) => {
      const event = message.data;
      if (event.kind === 'measurement') {
        measurements.push(event.measurement);
        log.textContent += `${JSON.stringify(event.measurement)}\n`;
      } else if (event.kind === 'info') {
        info.push(event.text);
        log.textContent += `${event.text}\n`;
      } else {
        worker.terminate();
        resolve();
      }
    };
    worker.onerror = (event) => {
      info.push(`worker error: ${event.message}`);
      worker.terminate();
      resolve();
    };
    worker.postMessage({ runners: wanted, workloads } satisfies BenchRequest);
  });
}

async function main(): Promise<void> {
  await runIn(new Worker(new URL('./tandem.worker.ts', import.meta.url), { type: 'module' }), ['tandem-cpu', 'tandem-webgpu', 'tandem-auto']);
  await runIn(new Worker(new URL('./tfjs.worker.ts', import.meta.url), { type: 'module' }), ['tfjs-cpu', 'tfjs-wasm', 'tfjs-webgl', 'tfjs-webgpu']);
  window.__benchReport = { measurements, info, userAgent: navigator.userAgent };
}

void main();
