// The benchmark's Tandem side: the seed programs as whole Python programs (parse, run, fit, plot, print), an MLP
// training step through the engine, and matrix products, on each placement (CPU, everything on WebGPU, and
// automatic placement as the app uses it).

import { backward } from '../../src/engine/autograd/backward.ts';
import { AutoBackend } from '../../src/engine/backends/auto/backend.ts';
import type { Placement } from '../../src/engine/backends/auto/policy.ts';
import { CpuBackend } from '../../src/engine/backends/cpu/index.ts';
import { defaultBackend, setDefaultBackend } from '../../src/engine/backends/registry.ts';
import { createWebGpuBackend } from '../../src/engine/backends/webgpu/index.ts';
import { releaseUnreachable } from '../../src/engine/memory/collect.ts';
import { allocationMark, beginOwnership } from '../../src/engine/memory/ownership.ts';
import { ReLU } from '../../src/engine/nn/activation.ts';
import { Sequential } from '../../src/engine/nn/container.ts';
import { Linear } from '../../src/engine/nn/linear.ts';
import { CrossEntropyLoss } from '../../src/engine/nn/loss.ts';
import { fromValues } from '../../src/engine/ops/creation.ts';
import { matmul } from '../../src/engine/ops/matmul.ts';
import { Adam } from '../../src/engine/optim/adam.ts';
import { runPython } from '../../src/python/run.ts';
import classifierProgram from '../../src/python/parser/testdata/seed/keras_classification.py?raw';
import regressionProgram from '../../src/python/parser/testdata/seed/keras_regression.py?raw';
import { fitMs, gflops, medianMs, MLP, values, type BenchEvent, type BenchRequest, type Workload } from './protocol.ts';

const post = (event: BenchEvent): void => postMessage(event);

async function program(code: string): Promise<void> {
  const result = await runPython(code, { stdout: () => undefined, metric: () => undefined, figure: () => undefined }, { filename: 'keras.py' });
  if (!result.ok) throw new Error(result.error.traceback);
}

/**
 * One Adam step of an MLP, as a learner's loop runs it: the runtime owns tensor memory and, at the end of
 * each iteration, releases what no live value reaches (engine/memory), as the interpreter does.
 */
async function mlpStepMs(): Promise<number> {
  const endOwnership = beginOwnership();
  const mark = allocationMark();
  try {
    return await mlpSteps(mark);
  } finally {
    endOwnership();
  }
}

async function mlpSteps(mark: number): Promise<number> {
  const x = fromValues(values(MLP.batch * MLP.inputs, 1), [MLP.batch, MLP.inputs]);
  const y = fromValues(Array.from({ length: MLP.batch }, (_, i) => i % MLP.classes), [MLP.batch], 'int64');
  const model = new Sequential([new Linear(MLP.inputs, MLP.hidden), new ReLU(), new Linear(MLP.hidden, MLP.classes)]);
  const criterion = new CrossEntropyLoss();
  const optimizer = new Adam(model.parameters(), { lr: 1e-3 });
  const step = () => {
    optimizer.zeroGrad();
    const loss = criterion.call(model.call(x), y);
    backward(loss);
    optimizer.step();
    releaseUnreachable(mark, [model, optimizer, criterion, x, y, loss]);
    return loss;
  };
  // Steps are timed as a learner's loop runs them: many in a row, the loss read once at the end.
  const ms =
    (await medianMs(async () => {
      let loss = step();
      for (let s = 1; s < MLP.steps; s++) loss = step();
      await loss.item();
    }, 3)) / MLP.steps;
  // How many kernels one step records on the GPU: what fusion and fused kernels save shows up here.
  const placed = defaultBackend();
  const gpu = placed instanceof AutoBackend ? placed.webgpu : null;
  if (placed instanceof AutoBackend && gpu !== null && placed.placement !== 'cpu') {
    const before = gpu.dispatches;
    await step().item();
    post({ kind: 'info', text: `MLP step on ${placed.placement}: ${gpu.dispatches - before} GPU dispatches` });
  }
  return ms;
}

async function matmulGflops(n: number): Promise<number> {
  const endOwnership = beginOwnership();
  try {
    return await products(n);
  } finally {
    endOwnership();
  }
}

async function products(n: number): Promise<number> {
  const mark = allocationMark();
  const a = fromValues(values(n * n, 2), [n, n]);
  const b = fromValues(values(n * n, 3), [n, n]);
  const reps = n >= 1024 ? 2 : 5;
  const ms = await medianMs(async () => {
    let c = matmul(a, b);
    for (let r = 1; r < reps; r++) c = matmul(a, b);
    await c.data();
    releaseUnreachable(mark, [a, b]);
  }, 3);
  return gflops(n, ms / reps);
}

const WORK: Record<Workload, () => Promise<number>> = {
  'regression-fit': () => fitMs(() => program(regressionProgram)),
  'classifier-fit': () => fitMs(() => program(classifierProgram)),
  'mlp-step': mlpStepMs,
  'matmul-512': () => matmulGflops(512),
  'matmul-1024': () => matmulGflops(1024),
};

self.onmessage = async (message: MessageEvent<BenchRequest>) => {
  let gpu: Awaited<ReturnType<typeof createWebGpuBackend>>['backend'] | null = null;
  try {
    const started = await createWebGpuBackend();
    gpu = started.backend;
    post({ kind: 'info', text: `Tandem WebGPU: ${gpu.adapterName}; ${started.timings.map((t) => `${t.candidate} ${t.ms.toFixed(1)} ms`).join(', ')}` });
  } catch (e) {
    post({ kind: 'info', text: `Tandem WebGPU unavailable: ${String(e)}` });
  }
  const backend = new AutoBackend(new CpuBackend(), gpu);
  setDefaultBackend(backend);
  for (const runner of message.data.runners) {
    const placement = runner.replace('tandem-', '') as Placement;
    for (const workload of message.data.workloads) {
      const run = WORK[workload];
      try {
        if (placement !== 'cpu' && gpu === null) throw new Error('no WebGPU adapter');
        backend.placement = placement;
        post({ kind: 'measurement', measurement: { runner, workload, value: await run() } });
      } catch (e) {
        post({ kind: 'measurement', measurement: { runner, workload, error: e instanceof Error ? e.message.split('\n')[0] : String(e) } });
      }
    }
  }
  post({ kind: 'done' });
};
