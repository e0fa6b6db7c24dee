// Model.predict: batches of 32 through the model in inference mode, joined into one float32 array.

import { noGrad } from '../autograd/grad-mode.ts';
import { cat } from '../ops/join.ts';
import type { Tensor } from '../tensor.ts';
import { asModelInput, batches } from './data.ts';
import { verbosity } from './fit.ts';
import { progressLine } from './progbar.ts';
import type { Sequential } from './sequential.ts';

export interface PredictOptions {
  batchSize?: number | null;
  verbose?: 0 | 1 | 2 | 'auto';
}

export interface PredictHooks {
  print?(line: string): void;
}

const now = (): number => performance.now() / 1000;

export async function predict(model: Sequential, xIn: Tensor, options: PredictOptions, hooks: PredictHooks): Promise<Tensor> {
  const verbose = verbosity(options.verbose);
  const start = now();
  const x = asModelInput(xIn);
  const parts = batches(x, null, options.batchSize ?? 32, false);
  let afterFirstStep = start;
  const outputs = noGrad(() =>
    parts.map((b, i) => {
      const out = model.call(b.x, false);
      if (i === 0) afterFirstStep = now();
      return out;
    }),
  );
  const result = outputs.length === 1 ? outputs[0] : cat(outputs, 0);
  // The values are ready once read; reading here makes the timing honest and the result concrete.
  await result.data();
  const end = now();
  if (verbose !== 0) {
    const steps = parts.length;
    const secondsPerStep = steps > 1 ? (end - afterFirstStep) / (steps - 1) : end - start;
    hooks.print?.(progressLine({ current: steps, target: steps, elapsedSeconds: end - start, secondsPerStep, logs: [], verbose }));
  }
  return result.detach();
}
