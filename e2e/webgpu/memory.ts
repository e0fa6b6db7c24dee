// Acceptance 2 of issue 8: training on WebGPU for many steps keeps GPU memory flat. A small MLP is trained
// with SGD and cross-entropy as a learner's loop would be; at the end of each iteration the runtime releases
// what no live value reaches (engine/memory, as the interpreter does at every loop iteration), so the step's
// activations, gradients and temporaries go back to the pool. Every `every` steps the worker records the
// pool's live and total buffers; no garbage collection is forced.

import { backward } from '../../src/engine/autograd/backward.ts';
import type { WebGpuBackend } from '../../src/engine/backends/webgpu/index.ts';
import { releaseUnreachable } from '../../src/engine/memory/collect.ts';
import { allocationMark, beginOwnership, liveStorage } from '../../src/engine/memory/ownership.ts';
import { ReLU } from '../../src/engine/nn/activation.ts';
import { Sequential } from '../../src/engine/nn/container.ts';
import { Linear } from '../../src/engine/nn/linear.ts';
import { CrossEntropyLoss } from '../../src/engine/nn/loss.ts';
import { fromValues } from '../../src/engine/ops/creation.ts';
import { SGD } from '../../src/engine/optim/sgd.ts';
import { manualSeed } from '../../src/engine/random/sampling.ts';
import type { MemoryCheckpoint } from './protocol.ts';

export async function trainForMemory(backend: WebGpuBackend, steps: number, every: number, report: (c: MemoryCheckpoint) => void): Promise<void> {
  const endOwnership = beginOwnership();
  const runStart = allocationMark();
  try {
    manualSeed(0);
    const batch = 64;
    const features = 32;
    const classes = 10;
    const x = fromValues(Array.from({ length: batch * features }, (_, i) => Math.sin(i * 0.37)), [batch, features]);
    const y = fromValues(Array.from({ length: batch }, (_, i) => i % classes), [batch], 'int64');
    const model = new Sequential([new Linear(features, 64), new ReLU(), new Linear(64, classes)]);
    const criterion = new CrossEntropyLoss();
    const optimizer = new SGD(model.parameters(), { lr: 0.05 });
    for (let step = 1; step <= steps; step++) {
      optimizer.zeroGrad();
      const loss = criterion.call(model.call(x), y);
      backward(loss);
      optimizer.step();
      releaseUnreachable(runStart, [model, optimizer, criterion, x, y, loss]);
      if (step % every === 0) {
        const value = await loss.item();
        await backend.finish();
        const owned = liveStorage();
        report({ step, loss: value, ownedBuffers: owned.count, ...backend.memory() });
      }
    }
  } finally {
    endOwnership();
  }
}
