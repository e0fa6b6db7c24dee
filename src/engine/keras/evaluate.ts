// Model.evaluate: the compiled loss and metrics over the data in inference mode (also fit's validation pass).

import { noGrad } from '../autograd/grad-mode.ts';
import type { Tensor } from '../tensor.ts';
import { asModelInput, batches } from './data.ts';
import { verbosity } from './fit.ts';
import { computeLoss } from './losses.ts';
import { MeanTracker, metricFor, type KerasMetric } from './metrics.ts';
import type { PredictHooks } from './predict.ts';
import { progressLine } from './progbar.ts';
import type { Sequential } from './sequential.ts';

export interface EvaluateOptions {
  batchSize?: number | null;
  verbose?: 0 | 1 | 2 | 'auto';
}

const now = (): number => performance.now() / 1000;

/** Loss and metrics as Keras logs them (sorted by name). */
export async function evaluateLogs(model: Sequential, xIn: Tensor, y: Tensor, batchSize: number): Promise<Record<string, number>> {
  const compiled = model.compiled;
  if (compiled === null) throw new Error('You must call `compile()` before using the model.');
  const lossTracker = new MeanTracker('loss');
  let metrics: KerasMetric[] | null = null;
  noGrad(() => {
    for (const batch of batches(asModelInput(xIn), y, batchSize, false)) {
      const by = batch.y as Tensor;
      const yPred = model.call(batch.x, false);
      lossTracker.update(computeLoss(compiled.loss, by, yPred), batch.x.shape[0]);
      metrics ??= compiled.metrics.map((name) => metricFor(name, by, yPred));
      for (const m of metrics) m.update(by, yPred);
    }
  });
  const logs: Record<string, number> = { loss: await lossTracker.result() };
  for (const m of (metrics as KerasMetric[] | null) ?? []) logs[m.name] = await m.result();
  return Object.fromEntries(Object.entries(logs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The loss alone when no metrics were compiled, else [loss, ...metrics in compile order]. */
export async function evaluate(model: Sequential, x: Tensor, y: Tensor, options: EvaluateOptions, hooks: PredictHooks): Promise<number | number[]> {
  const batchSize = options.batchSize ?? 32;
  const start = now();
  const logs = await evaluateLogs(model, x, y, batchSize);
  const end = now();
  const verbose = verbosity(options.verbose);
  const steps = Math.ceil(x.shape[0] / batchSize);
  if (verbose !== 0) {
    hooks.print?.(progressLine({ current: steps, target: steps, elapsedSeconds: end - start, secondsPerStep: (end - start) / steps, logs: Object.entries(logs), verbose }));
  }
  const metricNames = model.compiled?.metrics ?? [];
  return metricNames.length === 0 ? logs.loss : [logs.loss, ...metricNames.map((n) => logs[n])];
}
