// Model.fit: a readable loop over epochs and batches. Each batch: forward in training mode, the compiled loss,
// backward, one optimizer step. The loss tracker (weighted by batch size) and metrics keep their per-step sums on
// the device and read them once per epoch, so training never stalls on a readback.

import { backwardForUpdate } from '../autograd/backward.ts';
import { valueError } from '../errors.ts';
import { CollectionBudget } from '../memory/budget.ts';
import { releaseUnreachable } from '../memory/collect.ts';
import { allocationMark } from '../memory/ownership.ts';
import { StepReleases } from '../memory/steps.ts';
import { unaryKernel } from '../ops/kernels.ts';
import type { Tensor } from '../tensor.ts';
import type { KerasCallback } from './callbacks.ts';
import { asModelInput, batches, splitValidation } from './data.ts';
import { evaluateLogs } from './evaluate.ts';
import { History } from './history.ts';
import { computeLoss } from './losses.ts';
import { metricFor, MeanTracker, type KerasMetric } from './metrics.ts';
import { progressLine } from './progbar.ts';
import type { Sequential } from './sequential.ts';

export interface FitOptions {
  epochs?: number;
  batchSize?: number | null;
  /** 'auto' means 1, as in Keras. */
  verbose?: 0 | 1 | 2 | 'auto';
  shuffle?: boolean;
  validationSplit?: number;
  validationData?: readonly [Tensor, Tensor] | null;
  initialEpoch?: number;
  /** keras.callbacks objects (e.g. EarlyStopping), called after the epoch's progress line, in order. */
  callbacks?: readonly KerasCallback[];
}

/** One training step as fit takes it, as a StepWatcher sees it. */
export interface TrainStep {
  /** Both from 0. */
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  x: Tensor;
  y: Tensor;
  prediction: Tensor;
  loss: Tensor;
  /** The trainable weights, already updated by this step (the live variables: later steps change them). */
  weights: readonly Tensor[];
  /** Copies of the weights as they were before the update, and the gradients backward() left on them. */
  before: readonly Tensor[];
  gradients: readonly (Tensor | null)[];
}

/**
 * Watches fit's steps from inside them ("Look inside fit()"). It is called synchronously at the end of each
 * step; the step's tensors are released afterwards unless the watcher holds them in its own fields (fit keeps
 * the watcher object itself alive). Returning true ends training after this step.
 */
export interface StepWatcher {
  onTrainStep(step: TrainStep): boolean;
}

export interface FitHooks {
  /** Prints one console line (Keras' progress output). */
  print?(line: string): void;
  /** Called after each epoch with its logs (loss, metrics, val_*), for live curves. */
  onEpochEnd?(epoch: number, logs: Record<string, number>): void | Promise<void>;
  stepWatcher?: StepWatcher;
}

const now = (): number => performance.now() / 1000;

export function verbosity(v: 0 | 1 | 2 | 'auto' | undefined): 0 | 1 | 2 {
  return v === undefined || v === 'auto' ? 1 : v;
}

export async function fit(model: Sequential, xIn: Tensor, yIn: Tensor, options: FitOptions, hooks: FitHooks): Promise<History> {
  const compiled = model.compiled;
  if (compiled === null) throw new Error('You must call `compile()` before using the model.');
  // Everything fit allocates from here on is released at the end of an epoch unless the model, its optimizer
  // or fit's own state still reaches it (the runtime owns tensor memory; engine/memory).
  const fitMark = allocationMark();
  const budget = new CollectionBudget();
  const epochs = options.epochs ?? 1;
  const batchSize = options.batchSize ?? 32;
  const verbose = verbosity(options.verbose);
  const shuffle = options.shuffle ?? true;
  const print = hooks.print ?? (() => {});
  const watcher = hooks.stepWatcher ?? null;
  let watcherStopped = false;
  if (xIn.shape[0] !== yIn.shape[0]) {
    throw valueError(`Data cardinality is ambiguous. Make sure all arrays contain the same number of samples.'x' sizes: ${xIn.shape[0]}\n'y' sizes: ${yIn.shape[0]}\n`);
  }

  let x = asModelInput(xIn);
  // Float targets (NumPy's float64) are cast to the model's float32 once, as Keras' data adapter does, not by
  // the loss at every step.
  let y = yIn.dtype === 'float64' ? asModelInput(yIn) : yIn;
  let validation: readonly [Tensor, Tensor] | null = options.validationData ?? null;
  if ((options.validationSplit ?? 0) > 0 && validation === null) {
    const split = splitValidation(x, y, options.validationSplit as number);
    ({ x, y } = split.train);
    validation = [split.validation.x, split.validation.y];
  }

  const steps = Math.ceil(x.shape[0] / batchSize);
  const history = new History({ verbose, epochs, steps });
  const lossTracker = new MeanTracker('loss');
  // Created by the first step (inside a closure, hence the cast that keeps TypeScript from narrowing to null).
  let metrics = null as KerasMetric[] | null;
  const callbacks = options.callbacks ?? [];
  model.stopTraining = false;
  // Each step's activations and gradients are released soon after it ends (the runtime owns tensor memory).
  const stepMemory = new StepReleases(() => [model, lossTracker, metrics, watcher]);
  for (const c of callbacks) await c.onTrainBegin?.(model);

  for (let epoch = options.initialEpoch ?? 0; epoch < epochs && !model.stopTraining && !watcherStopped; epoch++) {
    if (verbose !== 0 && epochs > 1) print(`Epoch ${epoch + 1}/${epochs}`);
    const start = now();
    let afterFirstStep = start;
    lossTracker.reset();
    metrics?.forEach((m) => m.reset());

    let step = 0;
    const epochBatches = batches(x, y, batchSize, shuffle);
    for (const batch of epochBatches) {
      stepMemory.step(() => {
        const by = batch.y as Tensor;
        const yPred = model.call(batch.x, true);
        const loss = computeLoss(compiled.loss, by, yPred);
        const weights = model.trainableWeights;
        backwardForUpdate(loss);
        // What a watcher sees of the update: the gradients, and copies of the weights before it.
        const gradients = watcher === null ? [] : weights.map((w) => w.grad);
        const before = watcher === null ? [] : weights.map((w) => unaryKernel('identity', w));
        compiled.optimizer.applyGradients(weights.map((w) => [w.grad, w] as const));
        for (const w of weights) w.grad = null;
        lossTracker.update(loss, batch.x.shape[0]);
        metrics ??= compiled.metrics.map((name) => metricFor(name, by, yPred));
        for (const m of metrics) m.update(by, yPred);
        if (watcher === null) return;
        const seen = { epoch, batch: step, batchesPerEpoch: epochBatches.length, x: batch.x, y: by, prediction: yPred, loss, weights, before, gradients };
        if (watcher.onTrainStep(seen)) watcherStopped = true;
      });
      if (step++ === 0) afterFirstStep = now();
      if (watcherStopped) break;
    }
    // A watcher that has seen enough ends training here, mid-epoch: nothing of the epoch is reported.
    if (watcherStopped) break;

    const logs: Record<string, number> = { loss: await lossTracker.result() };
    for (const m of metrics ?? []) logs[m.name] = await m.result();
    const sorted = Object.fromEntries(Object.entries(logs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (validation !== null) {
      const valLogs = await evaluateLogs(model, validation[0], validation[1], batchSize);
      for (const [k, v] of Object.entries(valLogs)) sorted[`val_${k}`] = v;
    }
    // What the epochs left (batches, replaced running totals) goes too, before any callback (Python code) runs,
    // once enough has piled up to be worth a walk from every root.
    if (budget.due()) {
      releaseUnreachable(fitMark, [model, lossTracker, metrics, x, y, validation, history, callbacks]);
      budget.collected();
    }
    const end = now();
    if (verbose !== 0) {
      const secondsPerStep = steps > 1 ? (end - afterFirstStep) / (steps - 1) : end - start;
      print(progressLine({ current: steps, target: steps, elapsedSeconds: end - start, secondsPerStep, logs: Object.entries(sorted), verbose }));
    }
    // Python callbacks could take hold of a step's tensors without the model: the steps so far are released first.
    if (callbacks.length > 0) stepMemory.release();
    for (const c of callbacks) await c.onEpochEnd?.(epoch, sorted, model);
    history.record(epoch, sorted);
    await hooks.onEpochEnd?.(epoch, sorted);
  }
  stepMemory.release();
  for (const c of callbacks) await c.onTrainEnd?.(model, print);
  return history;
}
