// keras.Sequential as a Python class: compile, fit (one metric point per epoch for the live curves), predict
// (a float32 NumPy array), evaluate, and weights. The engine prints Keras' progress lines through the run's
// stdout.

import { keras, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context, Kwargs } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { PyBool, pyBool, pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { asIndex, asString, given } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { callObject } from '../../runtime/call.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { engine, engineAsync } from '../engineErrors.ts';
import { arrayLike } from '../numpy/ndarray.ts';
import { wrapArray } from '../numpy/ndarrayClass.ts';
import { flag, numberOr } from '../torch/args.ts';
import { layerOf, PyKerasInput, PyKerasLayer } from './layers.ts';
import { fillHistory, fitCallbacks, historyType, PyHistory } from './callbacks.ts';
import { kerasVariable } from './kerasVariable.ts';
import { tfFrom, tfTensor } from './tfTensor.ts';
import { lossOf, optimizerOf } from './training.ts';

export class PyKerasModel extends PyObject {
  constructor(
    type: PyType,
    readonly model: keras.Sequential,
    /** The Python layer objects, in order (model.layers). */
    readonly layers: PyKerasLayer[],
  ) {
    super(type, new Map());
  }
}

function modelOf(obj: PyObject | undefined): PyKerasModel {
  if (obj instanceof PyKerasModel) return obj;
  throw pyError(PyExc.TypeError, `expected a Keras model, not ${obj?.type.name ?? 'None'}`);
}

/** verbose= 'auto', 0, 1 or 2. */
function verbosity(obj: PyObject | undefined): 0 | 1 | 2 | 'auto' {
  if (!given(obj) || (obj instanceof PyStr && obj.value === 'auto')) return 'auto';
  const v = asIndex(obj);
  if (v !== 0 && v !== 1 && v !== 2) throw pyError(PyExc.ValueError, `verbose must be 'auto', 0, 1 or 2, got ${v}`);
  return v;
}

const batchSizeOf = (obj: PyObject | undefined): number | null => (given(obj) ? asIndex(obj) : null);

/** Engine hooks that print Keras' lines to the run's console. */
const printer = (ctx: Context) => ({ print: (line: string) => ctx.host.stdout(line + '\n') });

async function inputTensor(obj: PyObject | undefined, what: string): Promise<Tensor> {
  if (!given(obj)) throw pyError(PyExc.ValueError, `Unrecognized data type: ${what}=None`);
  return arrayLike(obj);
}

/** model.weights / trainable_variables: each layer's weights in order, as Keras variables. */
function variablesOf(model: keras.Sequential, trainableOnly: boolean): PyList {
  const trainable = new Set(model.trainableWeights);
  const records = model.layers.flatMap((layer) => layer.weightRecords.map((r) => ({ layer, r })));
  return new PyList(
    records
      .filter(({ r }) => !trainableOnly || trainable.has(r.value))
      .map(({ layer, r }) => kerasVariable(r.value, `${layer.name}/${r.name}`)),
  );
}

/** Sequential([...]) takes layers, and keras.Input(shape) as the first entry for the input shape. */
async function buildSequential(ctx: Context, type: PyType, args: PyObject[], kwargs: Kwargs): Promise<PyKerasModel> {
  const layersArg = args[0] ?? kwargs.get('layers');
  const items = given(layersArg) ? await toArray(ctx, layersArg) : [];
  const nameArg = args[1] ?? kwargs.get('name');
  let inputShape: number[] | undefined;
  const layers: PyKerasLayer[] = [];
  for (const item of items) {
    if (item instanceof PyKerasInput) inputShape = item.shape;
    else if (item instanceof PyKerasLayer) layers.push(item);
    else throw pyError(PyExc.TypeError, `The added layer must be an instance of class Layer. Received: layer=${item.type.name}`);
  }
  const options = { ...(given(nameArg) ? { name: asString(nameArg, 'name') } : {}), ...(inputShape ? { inputShape } : {}) };
  const model = engine(() => new keras.Sequential(layers.map((l) => l.layer), options));
  return new PyKerasModel(type, model, layers);
}

export const sequentialType: PyType = defineClass({
  name: 'Sequential',
  module: 'keras',
  construct: (ctx, type, args, kwargs) => buildSequential(ctx, type, args, kwargs),
  members: {
    __init__: method(['self', '*args', '**kwargs'], () => None),
    __repr__: method(['self'], (_ctx, [self]) => {
      const m = modelOf(self).model;
      return pyStr(`<Sequential name=${m.name}, built=${m.built ? 'True' : 'False'}>`);
    }),
    name: getter((_ctx, self) => pyStr(modelOf(self).model.name)),
    built: getter((_ctx, self) => pyBool(modelOf(self).model.built)),
    layers: getter((_ctx, self) => new PyList([...modelOf(self).layers])),
    /** model(x): the layers applied in order, as a tf.Tensor a GradientTape can differentiate. */
    __call__: method(['self', 'inputs', 'training?', 'mask?'], async (_ctx, [self, inputs, training]) => {
      const x = await tfFrom(inputs, 'float32');
      return tfTensor(engine(() => modelOf(self).model.call(x.tensor, flag(training, false))), 'float32');
    }),
    /** A callback sets it to end fit() after the current epoch. */
    stop_training: getter(
      (_ctx, self) => pyBool(modelOf(self).model.stopTraining),
      (_ctx, self, value) => {
        modelOf(self).model.stopTraining = value instanceof PyBool ? value.bool : value !== None;
      },
    ),
    weights: getter((_ctx, self) => variablesOf(modelOf(self).model, false)),
    variables: getter((_ctx, self) => variablesOf(modelOf(self).model, false)),
    trainable_weights: getter((_ctx, self) => variablesOf(modelOf(self).model, true)),
    trainable_variables: getter((_ctx, self) => variablesOf(modelOf(self).model, true)),
    add: method(['self', 'layer'], (_ctx, [self, layer]) => {
      const m = modelOf(self);
      if (layer instanceof PyKerasInput) {
        engine(() => m.model.build([null, ...layer.shape]));
        return None;
      }
      engine(() => m.model.add(layerOf(layer)));
      m.layers.push(layer as PyKerasLayer);
      return None;
    }),
    compile: method(['self', 'optimizer?', 'loss?', 'loss_weights?', 'metrics?', '**kwargs'], async (ctx, [self, optimizer, loss, , metrics]) => {
      if (!given(loss)) throw pyError(PyExc.ValueError, 'Tandem needs a loss in compile(), e.g. loss=\'mean_squared_error\'');
      const names = given(metrics) ? (await toArray(ctx, metrics)).map((m) => asString(m, 'metric')) : [];
      engine(() =>
        modelOf(self).model.compile({
          optimizer: given(optimizer) ? optimizerOf(optimizer) : 'rmsprop',
          loss: lossOf(loss),
          metrics: names,
        }),
      );
      return None;
    }),
    fit: method(
      ['self', 'x?', 'y?', 'batch_size?', 'epochs?', 'verbose?', 'callbacks?', 'validation_split?', 'validation_data?', 'shuffle?', 'class_weight?', 'sample_weight?', 'initial_epoch?'],
      async (ctx, [self, x, y, batchSize, epochs, verbose, callbacks, validationSplit, validationData, shuffle, , , initialEpoch]) => {
        const hooks = fitCallbacks(ctx, given(callbacks) ? await toArray(ctx, callbacks) : [], self!);
        let validation: [Tensor, Tensor] | null = null;
        if (given(validationData)) {
          const pair = await toArray(ctx, validationData);
          validation = [await arrayLike(pair[0]!), await arrayLike(pair[1]!)];
        }
        const history = await engineAsync(async () =>
          modelOf(self).model.fit(
            await inputTensor(x, 'x'),
            await inputTensor(y, 'y'),
            {
              epochs: given(epochs) ? asIndex(epochs) : 1,
              batchSize: batchSizeOf(batchSize),
              verbose: verbosity(verbose),
              shuffle: flag(shuffle, true),
              validationSplit: numberOr(validationSplit, 0),
              validationData: validation,
              initialEpoch: given(initialEpoch) ? asIndex(initialEpoch) : 0,
              callbacks: hooks.callbacks,
            },
            {
              ...printer(ctx),
              // One point per epoch and logged name: the live training curves (epochs count from 1).
              onEpochEnd: (epoch, logs) =>
                ctx.host.metric(Object.entries(logs).map(([series, value]) => ({ series, step: epoch + 1, value }))),
            },
          ),
        );
        return fillHistory(hooks.history ?? (new PyHistory(historyType)), history, self!);
      },
    ),
    predict: method(['self', 'x', 'batch_size?', 'verbose?'], async (ctx, [self, x, batchSize, verbose]) => {
      const input = await inputTensor(x, 'x');
      const out = await engineAsync(() =>
        modelOf(self).model.predict(input, { batchSize: batchSizeOf(batchSize), verbose: verbosity(verbose) }, printer(ctx)),
      );
      return wrapArray(out);
    }),
    evaluate: method(['self', 'x?', 'y?', 'batch_size?', 'verbose?'], async (ctx, [self, x, y, batchSize, verbose]) => {
      const result = await engineAsync(async () =>
        modelOf(self).model.evaluate(
          await inputTensor(x, 'x'),
          await inputTensor(y, 'y'),
          { batchSize: batchSizeOf(batchSize), verbose: verbosity(verbose) },
          printer(ctx),
        ),
      );
      return typeof result === 'number' ? pyFloat(result) : new PyList(result.map(pyFloat));
    }),
    get_weights: method(['self'], (_ctx, [self]) => new PyList(modelOf(self).model.getWeights().map((w) => wrapArray(w)))),
    set_weights: method(['self', 'weights'], async (ctx, [self, weights]) => {
      const values = await Promise.all((await toArray(ctx, weights)).map((w) => arrayLike(w, 'float32')));
      engine(() => modelOf(self).model.setWeights(values));
      return None;
    }),
    count_params: method(['self'], (_ctx, [self]) => pyInt(modelOf(self).model.countParams())),
    summary: method(['self', 'line_length?', 'positions?', 'print_fn?', '**kwargs'], async (ctx, [self, lineLength, , printFn]) => {
      const text = engine(() => modelOf(self).model.summary(given(lineLength) ? asIndex(lineLength) : undefined));
      // Keras 3 captures the whole table and hands it to print_fn in one call.
      if (given(printFn)) await callObject(ctx, printFn, [pyStr(text + '\n')]);
      else ctx.host.stdout(text + '\n');
      return None;
    }),
  },
});
