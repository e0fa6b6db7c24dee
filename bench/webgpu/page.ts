// The WebGPU benchmark page: Tandem's workloads in one worker, then TensorFlow.js's in another (never both at
// once, so they do not share the CPU), with the report left on window.__benchReport for bench/webgpu.ts.

import type { BenchEvent, BenchReport, Measurement, Runner } from './protocol.ts';

declare global {
  interface Window {
    __benchReport?: BenchReport;
  }
}

const log = document.getElementById('log') as HTMLElement;
const measurements: Measurement[] = [];
const info: string[] = [];

function runIn(worker: Worker, runners: Runner[]): Promise<void> {
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
    worker.postMessage({ runners });
  });
}

async function main(): Promise<void> {
  await runIn(new Worker(new URL('./tandem.worker.ts', import.meta.url), { type: 'module' }), ['tandem-cpu', 'tandem-webgpu', 'tandem-auto']);
  await runIn(new Worker(new URL('./tfjs.worker.ts', import.meta.url), { type: 'module' }), ['tfjs-cpu', 'tfjs-wasm', 'tfjs-webgl', 'tfjs-webgpu']);
  window.__benchReport = { measurements, info, userAgent: navigator.userAgent };
}

void main();
