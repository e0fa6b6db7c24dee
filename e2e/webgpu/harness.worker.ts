// The WebGPU test worker: starts the WebGPU backend (failing, never skipping, when there is no adapter) and runs
// what the page asks for, streaming results back.
//   list:   times the kernel shapes on the adapter once, and names the test files.
//   parity: one test file, unchanged: the engine's own tests (src/engine/**/*.test.ts, with the PyTorch
//           fixtures) and the browser-only tests (*.gpu-test.ts: kernels against the CPU, placement). The
//           engine runs on automatic placement told to put everything on the GPU, so every op of every test
//           goes through the WebGPU kernels.
//   memory: many training steps with GPU memory recorded along the way.

import { AutoBackend } from '../../src/engine/backends/auto/backend.ts';
import { CpuBackend } from '../../src/engine/backends/cpu/index.ts';
import { setDefaultBackend } from '../../src/engine/backends/registry.ts';
import { createWebGpuBackend, type Tuned } from '../../src/engine/backends/webgpu/index.ts';
import { trainForMemory } from './memory.ts';
import type { HarnessEvent, HarnessRequest } from './protocol.ts';
import { collect, run } from './spec-runner.ts';

const specFiles: Record<string, () => Promise<unknown>> = {
  ...import.meta.glob('../../src/engine/**/*.test.ts'),
  ...import.meta.glob('../../src/**/*.gpu-test.ts'),
};

const fileName = (path: string): string => path.replace('../../', '');

const post = (event: HarnessEvent): void => postMessage(event);

async function start(tuning: 'measure' | Tuned | null) {
  const started = await createWebGpuBackend({ tuning: tuning ?? 'skip' });
  const placement = new AutoBackend(new CpuBackend(), started.backend);
  placement.placement = 'webgpu';
  setDefaultBackend(placement);
  post({ kind: 'started', adapter: started.backend.adapterName });
  return started;
}

async function handle(request: HarnessRequest): Promise<void> {
  switch (request.kind) {
    case 'list': {
      const { tuned, timings } = await start('measure');
      if (tuned === null) throw new Error('tuning produced no choice');
      const files = Object.keys(specFiles).map(fileName).sort();
      post({ kind: 'files', files, tuned, timings: timings.map((t) => `${t.candidate} ${t.ms.toFixed(1)} ms`).join(', ') });
      return;
    }
    case 'parity': {
      const { backend } = await start(request.tuned);
      const file = request.file;
      const load = Object.entries(specFiles).find(([path]) => fileName(path) === file)?.[1];
      if (load === undefined) throw new Error(`no test file ${file}`);
      await run(file, await collect(load), (result) => post({ kind: 'result', result }));
      await backend.finish();
      // Validation and shader errors arrive asynchronously; a file must leave none behind.
      const errors = backend.takeErrors();
      const name = 'WebGPU reported no validation or shader errors';
      post({ kind: 'result', result: { file, name, passed: errors.length === 0, error: errors.slice(0, 5).join('\n'), ms: 0 } });
      return;
    }
    case 'memory': {
      const { backend } = await start('measure');
      await trainForMemory(backend, request.steps, 1000, (checkpoint) => post({ kind: 'checkpoint', checkpoint }));
      return;
    }
  }
}

self.onmessage = async (message: MessageEvent<HarnessRequest>) => {
  const start = performance.now();
  try {
    await handle(message.data);
    post({ kind: 'done', ms: performance.now() - start });
  } catch (e) {
    post({ kind: 'failed', error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e) });
  }
};
