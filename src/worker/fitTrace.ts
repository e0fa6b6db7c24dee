// The worker side of "Look inside fit()": runs a Keras program with a Sequential whose fit() stops after its
// first steps. The steps are fit's own (engine/keras/fit.ts, watched through its StepWatcher hook: the same
// batches from the same shuffle, model.call in training mode, the compiled loss, backward, the optimizer's
// update) on the learner's own model, so the numbers are the ones fit computes. Once the steps are recorded the
// program ends quietly (SystemExit): what comes after fit() would need the training this run skipped.
import { keras, type Tensor } from '../engine/index.ts';
import { trainingRows } from '../engine/keras/data.ts';
import type { StepWatcher, TrainStep } from '../engine/keras/fit.ts';
import { unaryKernel } from '../engine/ops/kernels.ts';
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
          const recorder = new StepRecorder(steps);
          const model = self.model;
          const [xs, ys] = [await arrayLike(x), await arrayLike(y)];
          const options = {
            epochs: given(epochs) ? asIndex(epochs) : 1,
            batchSize: given(batchSize) ? asIndex(batchSize) : DEFAULT_BATCH_SIZE,
            shuffle: flag(shuffle, true),
            validationSplit: numberOr(validationSplit, 0),
            verbose: 0 as const,
          };
          await engineAsync(() => model.fit(xs, ys, options, { stepWatcher: recorder }));
          const examples = trainingRows(xs.shape[0] ?? 0, options.validationSplit);
          const trace = await engineAsync(() => describeSteps(model, recorder.steps, { batchSize: options.batchSize, examples }));
          done({ ...trace, line: ctx.currentFrame()?.pos.line ?? null });
          throw pyError(PyExc.SystemExit, '0');
        },
      ),
    },
  });
}

/** Keeps the first `limit` steps fit takes, with a copy of each step's updated weights; then asks fit to stop. */
class StepRecorder implements StepWatcher {
  readonly steps: { step: TrainStep; after: Tensor[] }[] = [];

  constructor(private readonly limit: number) {}

  onTrainStep(step: TrainStep): boolean {
    this.steps.push({ step, after: step.weights.map((w) => unaryKernel('identity', w)) });
    return this.steps.length >= this.limit;
  }
}

/** The recorded steps as the panel shows them: a few numbers of each tensor, epochs and batches from 1. */
async function describeSteps(
  model: keras.Sequential,
  recorded: StepRecorder['steps'],
  data: { batchSize: number; examples: number },
): Promise<Omit<FitTrace, 'line'>> {
  const compiled = model.compiled;
  if (compiled === null) throw pyError(PyExc.RuntimeError, 'You must call `compile()` before using the model.');
  const names = weightNames(model);
  const steps: FitStep[] = [];
  for (const { step, after } of recorded) {
    const weights = [];
    for (let i = 0; i < step.weights.length; i++) {
      const gradient = step.gradients[i];
      if (gradient === null || gradient === undefined) continue;
      weights.push({ name: names[i] ?? `weight ${i}`, before: await peek(step.before[i]!), gradient: await peek(gradient), after: await peek(after[i]!) });
    }
    steps.push({
      epoch: step.epoch + 1,
      batch: step.batch + 1,
      batchesPerEpoch: step.batchesPerEpoch,
      x: await peek(step.x),
      y: await peek(step.y),
      prediction: await peek(step.prediction.detach()),
      loss: (await step.loss.data())[0]!,
      weights,
    });
  }
  return {
    loss: compiled.loss.kind,
    optimizer: compiled.optimizer.name,
    learningRate: compiled.optimizer.learningRate,
    ...data,
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
