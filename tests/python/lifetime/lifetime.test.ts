// Tensor lifetime (DESIGN.md: "Tensor lifetime is owned by the runtime"): a run releases the tensors no live
// Python value can reach, at the end of each statement and loop iteration, and never one still in use.
// The programs here print what CPython with PyTorch printed (NAME.out, tests/oracle/python_conformance.py) even
// when memory is released at every opportunity (releaseEagerly), and a 10,000-step training loop keeps the
// engine's live buffer count bounded.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveStorage } from '../../../src/engine/index.ts';
import { runPython, type RunOptions } from '../../../src/python/run.ts';

const here = import.meta.dirname;
const python = join(here, '..');

async function run(code: string, options: Partial<RunOptions> = {}, onPrint: () => void = () => {}) {
  let stdout = '';
  const result = await runPython(
    code,
    {
      stdout: (t) => {
        stdout += t;
        onPrint();
      },
      metric: () => {},
      figure: () => {},
    },
    { filename: 'main.py', timeLimitMs: 60_000, ...options },
  );
  return { stdout, error: result.ok ? null : result.error.traceback };
}

const read = (path: string): string => readFileSync(path, 'utf8');
/** Keras' per-step timings ("0s 2ms/step") differ from run to run. */
const untimed = (text: string): string => text.replace(/\d+(\.\d+)?(s|ms|us)(\/step)?/g, 'T');

describe('a run keeps what is in use while it releases everything else', () => {
  for (const name of readdirSync(here).filter((f) => f.endsWith('.py') && !f.startsWith('training_loop'))) {
    it(name, async () => {
      const { stdout, error } = await run(read(join(here, name)), { releaseEagerly: true });
      expect(error).toBeNull();
      expect(stdout).toBe(read(join(here, name.replace(/\.py$/, '.out'))));
      expect(liveStorage().count).toBe(0);
    });
  }

  // Every torch and numpy conformance program, released eagerly, still prints what real PyTorch/NumPy did.
  for (const folder of ['torch', 'numpy']) {
    for (const name of readdirSync(join(python, folder)).filter((f) => f.endsWith('.py'))) {
      it(`${folder}/${name}`, async () => {
        const eager = await run(read(join(python, folder, name)), { releaseEagerly: true });
        const plain = await run(read(join(python, folder, name)));
        expect(eager).toEqual(plain);
      });
    }
  }

  // The walking skeleton's programs (Keras fit over many epochs among them).
  const seeds = join(here, '../../../../shared/seed/programs');
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.py'))) {
    it(`seed ${name}`, async () => {
      const eager = await run(read(join(seeds, name)), { releaseEagerly: true });
      const plain = await run(read(join(seeds, name)));
      expect(eager.error).toBeNull();
      expect(untimed(eager.stdout)).toBe(untimed(plain.stdout));
    });
  }
});

describe('memory stays bounded', () => {
  it('over a 10,000-step PyTorch training loop', async () => {
    const counts: number[] = [];
    const name = 'training_loop_10000_steps.py';
    const { stdout, error } = await run(read(join(here, name)), {}, () => counts.push(liveStorage().count));
    expect(error).toBeNull();
    expect(stdout).toBe(read(join(here, name.replace(/\.py$/, '.out'))));
    // Sampled at steps 1000, 2000, ..., 10000: what is live is the model, the data, this step's graph and at
    // most one collection budget (256 buffers) of garbage; without releases it would be ~20 per step.
    expect(counts.length).toBe(12);
    expect(Math.max(...counts)).toBeLessThan(400);
    expect(liveStorage().count).toBe(0);
  });

  it('over 60 epochs of Keras fit with a Python callback, and after it', async () => {
    const code = `
import numpy as np
from tensorflow import keras
np.random.seed(0)
x = np.random.rand(64, 3).astype('float32')
y = (x.sum(axis=1) > 1.5).astype('float32')
keras.utils.set_random_seed(1)
model = keras.Sequential([keras.layers.Dense(8, activation='relu'), keras.layers.Dense(1, activation='sigmoid')])
model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
class Report(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 10 == 9:
            print(epoch + 1, round(logs['loss'], 4))
history = model.fit(x, y, epochs=60, batch_size=8, verbose=0, callbacks=[Report()])
pred = model(x[:4])
loss = keras.losses.BinaryCrossentropy()(y[:4], pred)
print(round(float(loss), 4), np.round(model.predict(x[:2], verbose=0), 3).tolist())
`;
    const counts: number[] = [];
    const plain = await run(code, {}, () => counts.push(liveStorage().count));
    expect(plain.error).toBeNull();
    // x, y, 4 weights, 8 Adam slots and the running totals: the same count after every reported epoch.
    expect(new Set(counts.slice(0, 6)).size).toBe(1);
    expect(counts[0]).toBeLessThan(40);
    const eager = await run(code, { releaseEagerly: true });
    expect(eager).toEqual(plain);
  });
});
