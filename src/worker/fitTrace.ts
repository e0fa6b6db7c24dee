// The worker side of "Look inside fit()": runs a Keras program with a Sequential whose fit() records its first
// steps instead of training to the end. Each recorded step is the step engine/keras/fit.ts takes (same batches
// from the same shuffle, model.call in training mode, the compiled loss, backward, the optimizer's update), run
// on the learner's own model, so the numbers are the ones fit computes. Once the steps are recorded the program
// ends quietly (SystemExit): what comes after fit() would need the training this run skipped.
import { backward, keras, type Tensor } from '../engine/index.ts';
import { asModelInput, batches, splitValidation } from '../engine/keras/data.ts';
import { runProgram } from '../python/interpreter/runProgram.ts';
import { registry as tandemModules } from '../python/modules/index.ts';
import { engineAsync } from '../python/modules/engineErrors.ts';
import { arrayLike } from '../python/modules/numpy/ndarray.ts';
import { PyKerasModel, sequentialType } from '../python/modules/tensorflow/model.ts';
import { flag, numberOr } from '../python/modules/torch/args.ts';
import { PyExc, pyError } from '../python/objects/exception.ts';
import { PyModule, type ModuleLoader, type ModuleRegistry } from '../python/objects/module.ts';
import type { PyObject, PyType } from '../python/objects/object.ts';
import { asIndex, given } from '../python/runtime/convert.ts';
import { defineClass, method } from '../python/runtime/native.ts';
import type { FitStep, FitTrace, FitTraceResult, TensorPeek } from './lookInside.ts';

/** How many numbers of each tensor a step shows. */
export const PEEK_SIZE = 12;

/** Keras' default batch size. */
const DEFAULT_BATCH_SIZE = 32;

/** Runs `code` until its first fit() has taken `steps` steps (or all of its steps, if fewer). */
export async function traceFit(code: string, steps: number, timeLimitMs?: number): Promise<FitTraceResult> {
  let traced: FitTrace | null = null;
  const modules = tracingModules(tandemModules, steps, (trace) => (traced = trace));
  const quiet = { stdout: () => {}, metric: () => {}, figure: () => {} };
  const result = await runProgram(code, quiet, { filename: 'keras.py', timeLimitMs }, modules);
  if (traced !== null) return { kind: 'traced', trace: traced };
  if (!result.ok) return { kind: 'error', error: result.error };
  return { kind: 'no-fit' };
}

/** Tandem's modules with keras.Sequential (and so tf.keras.Sequential) swapped for the tracing subclass. */
export function tracingModules(base: ModuleRegistry, steps: number, done: (trace: FitTrace) => void): ModuleRegistry {
  const sequential = tracingSequential(steps, done);
  const loadKeras: ModuleLoader = (ctx) =>
    ctx.local(loadKeras, async () => withAttribute(await base.keras!(ctx), 'Sequential', sequential));
  return {
    ...base,
    keras: loadKeras,
    tensorflow: async (ctx) => withAttribute(await base.tensorflow!(ctx), 'keras', await loadKeras(ctx)),
  };
}

function withAttribute(module: PyModule, name: string, value: PyObject): PyModule {
  return new PyModule(module.name, [...module.dict, [name, value]]);
}

/** A Sequential whose fit() traces; construction, compile, predict and the rest are Sequential's own. */
function tracingSequential(steps: number, done: (trace: FitTrace) => void): PyType {
  return defineClass({
    name: 'Sequential',
    module: 'keras',
    bases: [sequentialType],
    members: {
      // fit's own parameters (model.ts), so a call that works there binds the same way here.
      fit: method(
        ['self', 'x?', 'y?', 'batch_size?', 'epochs?', 'verbose?', 'callbacks?', 'validation_split?', 'validation_data?', 'shuffle?', 'class_weight?', 'sample_weight?', 'initial_epoch?'],
        async (ctx, [self, x, y, batchSize, epochs, , , validationSplit, , shuffle]) => {
          if (!(self instanceof PyKerasModel)) throw pyError(PyExc.TypeError, `expected a Keras model, not ${self.type.name}`);
          if (!given(x) || !given(y)) throw pyError(PyExc.ValueError, 'Look inside fit() needs fit(x, y, ...) with both x and y');
          const data = { x: asModelInput(await arrayLike(x)), y: await arrayLike(y) };
          const options = {
            steps,
            epochs: given(epochs) ? asIndex(epochs) : 1,
            batchSize: given(batchSize) ? asIndex(batchSize) : DEFAULT_BATCH_SIZE,
            shuffle: flag(shuffle, true),
            validationSplit: numberOr(validationSplit, 0),
          };
          const trace = await engineAsync(() => recordSteps(self.model, data, options));
          done({ ...trace, line: ctx.currentFrame()?.pos.line ?? null });
          throw pyError(PyExc.SystemExit, '0');
        },
      ),
    },
  });
}

interface TraceOptions {
  steps: number;
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  validationSplit: number;
}

/** fit's loop (engine/keras/fit.ts), stopped after `options.steps` steps, keeping each step's numbers. */
async function recordSteps(
  model: keras.Sequential,
  data: { x: Tensor; y: Tensor },
  options: TraceOptions,
): Promise<Omit<FitTrace, 'line'>> {
  const compiled = model.compiled;
  if (compiled === null) throw pyError(PyExc.RuntimeError, 'You must call `compile()` before using the model.');
  let { x, y } = data;
  if (options.validationSplit > 0) ({ x, y } = splitValidation(x, y, options.validationSplit).train);

  const steps: FitStep[] = [];
  for (let epoch = 0; epoch < options.epochs && steps.length < options.steps; epoch++) {
    const epochBatches = batches(x, y, options.batchSize, options.shuffle);
    for (let b = 0; b < epochBatches.length && steps.length < options.steps; b++) {
      const batch = epochBatches[b]!;
      const by = batch.y as Tensor;
      const weights = model.trainableWeights;
      const before = await Promise.all(weights.map(peek));
      const prediction = model.call(batch.x, true);
      const loss = keras.computeLoss(compiled.loss, by, prediction);
      backward(loss);
      const gradients = await Promise.all(weights.map((w) => (w.grad === null ? null : peek(w.grad))));
      compiled.optimizer.applyGradients(weights.map((w) => [w.grad, w] as const));
      for (const w of weights) w.grad = null;
      const after = await Promise.all(weights.map(peek));
      const names = weightNames(model);
      steps.push({
        epoch: epoch + 1,
        batch: b + 1,
        batchesPerEpoch: epochBatches.length,
        x: await peek(batch.x),
        y: await peek(by),
        prediction: await peek(prediction.detach()),
        loss: (await loss.data())[0]!,
        weights: weights.flatMap((_, i) => {
          const gradient = gradients[i];
          return gradient === null || gradient === undefined
            ? []
            : [{ name: names[i] ?? `weight ${i}`, before: before[i]!, gradient, after: after[i]! }];
        }),
      });
    }
  }
  return {
    loss: compiled.loss.kind,
    optimizer: compiled.optimizer.name,
    learningRate: compiled.optimizer.learningRate,
    batchSize: options.batchSize,
    examples: x.shape[0]!,
    steps,
  };
}

/** 'dense/kernel', 'dense/bias', … in the order of model.trainableWeights. */
function weightNames(model: keras.Sequential): string[] {
  return model.layers.flatMap((layer) =>
    layer.trainable ? layer.weightRecords.filter((w) => w.trainable).map((w) => `${layer.name}/${w.name}`) : [],
  );
}

async function peek(t: Tensor): Promise<TensorPeek> {
  const values = Array.from(await t.data(), Number);
  return { shape: [...t.shape], values: values.slice(0, PEEK_SIZE), truncated: values.length > PEEK_SIZE };
}
