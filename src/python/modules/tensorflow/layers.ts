// keras.layers: Dense, Conv2D, MaxPooling2D, AveragePooling2D, Dropout, Flatten, Activation, and keras.Input (a marker that gives a Sequential model its
// input shape), each a Python object over the engine's layer.

import { clone, keras, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Kwargs } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asIndex, asString, given } from '../../runtime/convert.ts';
import { defineClass, getter, method, nativeFunction, type BoundParams } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { activationOf } from './activations.ts';
import { warn } from '../warnings.ts';
import { wrapArray } from '../numpy/ndarrayClass.ts';
import { flag, numberOr } from '../torch/args.ts';
import { tfFrom, tfTensor } from './tfTensor.ts';

export class PyKerasLayer extends PyObject {
  constructor(
    type: PyType,
    readonly layer: keras.Layer,
  ) {
    super(type, new Map());
  }
}

/** keras.Input(shape=(1,)): not a layer here, only the input shape the model will be built for. */
export class PyKerasInput extends PyObject {
  constructor(readonly shape: number[]) {
    super(inputType);
  }
}

export function layerOf(obj: PyObject | undefined): keras.Layer {
  if (obj instanceof PyKerasLayer) return obj.layer;
  throw pyError(PyExc.TypeError, `expected a Keras layer, not ${obj?.type.name ?? 'None'}`);
}

/** A shape argument such as input_shape=[1] or shape=(28, 28). */
function shapeArgument(obj: PyObject, what: string): number[] {
  if (obj instanceof PyTuple || obj instanceof PyList) return obj.items.map((d) => asIndex(d));
  if (given(obj)) return [asIndex(obj)];
  throw pyError(PyExc.ValueError, `${what} must be a tuple of integers`);
}

/** kernel_size=3 or strides=(2, 1): an int for both dims, or a sequence the engine layer checks as Keras does. */
function size2Argument(obj: PyObject): number | number[] {
  return obj instanceof PyTuple || obj instanceof PyList ? obj.items.map((d) => asIndex(d)) : asIndex(obj);
}

const pairTuple = (pair: readonly number[]): PyTuple => new PyTuple(pair.map((d) => pyInt(d)));

/** The options every layer takes: name= and the Keras 2 style input_shape=. */
function layerOptions(kwargs: Kwargs): keras.LayerOptions {
  const options: { name?: string; inputShape?: number[] } = {};
  for (const [key, value] of kwargs) {
    if (key === 'name' && value !== None) options.name = asString(value, 'name');
    else if (key === 'input_shape' && value !== None) options.inputShape = shapeArgument(value, 'input_shape');
    else if (key === 'input_dim' && value !== None) options.inputShape = [asIndex(value)];
    else if (key !== 'dtype' && key !== 'trainable') {
      throw pyError(PyExc.ValueError, `Unrecognized keyword arguments passed to layer: {'${key}': ...}`);
    }
  }
  return options;
}

const layerMembers: Record<string, PyObject> = {
  /** layer(x): builds the layer from x's shape on first use and returns a tf.Tensor. */
  __call__: method(['self', 'inputs', 'training?'], async (_ctx, [self, inputs, training]) => {
    const x = await tfFrom(inputs, 'float32');
    return tfTensor(engine(() => layerOf(self).apply(x.tensor, flag(training, false))), 'float32');
  }),
  name: getter((_ctx, self) => pyStr(layerOf(self).name)),
  built: getter((_ctx, self) => pyBool(layerOf(self).built)),
  trainable: getter((_ctx, self) => pyBool(layerOf(self).trainable)),
  get_weights: method(['self'], (_ctx, [self]) => new PyList(layerOf(self).weights.map((w: Tensor) => wrapArray(clone(w.detach()))))),
  count_params: method(['self'], (_ctx, [self]) => pyInt(layerOf(self).countParams())),
  __repr__: method(['self'], (_ctx, [self]) => {
    const l = layerOf(self);
    return pyStr(`<${l.className} name=${l.name}, built=${l.built ? 'True' : 'False'}>`);
  }),
};

export const layerType: PyType = defineClass({ name: 'Layer', module: 'keras.layers', members: layerMembers });

/** Keras 3's Layer.__init__ warns about the Keras 2 style of giving a Sequential model its input shape. */
const INPUT_SHAPE_WARNING =
  'Do not pass an `input_shape`/`input_dim` argument to a layer. When using Sequential models, prefer using an `Input(shape)` object as the first layer in the model instead.';

/** A layer class: positional `params` (Keras' order) and keyword options, turned into the engine layer. */
function kerasLayerClass<const Ps extends readonly string[]>(
  name: string,
  params: Ps,
  build: (args: BoundParams<Ps>, options: keras.LayerOptions) => keras.Layer,
  members: Record<string, PyObject> = {},
): PyType {
  const type: PyType = defineClass({
    name,
    module: 'keras.layers',
    bases: [layerType],
    params: [...params, '**kwargs'],
    construct: (ctx, _cls, args, kwargs) => make.impl(ctx, args, kwargs),
    members,
  });
  const make = nativeFunction(name, [...params, '**kwargs'] as const, (ctx, bound) => {
    const kwargs = bound[bound.length - 1] as Map<string, PyObject>;
    if (given(kwargs.get('input_shape')) || given(kwargs.get('input_dim'))) warn(ctx, 'UserWarning', INPUT_SHAPE_WARNING);
    const layer = engine(() => build(bound as unknown as BoundParams<Ps>, layerOptions(kwargs)));
    return new PyKerasLayer(type, layer);
  });
  return type;
}


export const inputType: PyType = defineClass({
  name: 'InputSpec',
  module: 'keras',
  members: {
    shape: getter((_ctx, self) => new PyTuple([None, ...(self as PyKerasInput).shape.map((d) => pyInt(d))])),
    __repr__: method(['self'], (_ctx, [self]) =>
      pyStr(`<KerasTensor shape=(None, ${(self as PyKerasInput).shape.join(', ')}), dtype=float32>`),
    ),
  },
});

export const inputFunction = nativeFunction('Input', ['shape?', 'batch_size?', 'dtype?', '*', 'name?'], (_ctx, [shape]) => {
  if (!given(shape)) throw pyError(PyExc.ValueError, 'You must pass a `shape` argument.');
  return new PyKerasInput(shapeArgument(shape, 'shape'));
});

export function kerasLayerClasses(): Record<string, PyObject> {
  return {
    Layer: layerType,
    Input: inputFunction,
    Dense: kerasLayerClass(
      'Dense',
      ['units', 'activation?', 'use_bias?', 'kernel_initializer?', 'bias_initializer?'],
      ([units, activation, useBias, kernelInit, biasInit], options) =>
        new keras.Dense(asIndex(units), {
          ...options,
          activation: activationOf(activation),
          useBias: flag(useBias, true),
          ...(given(kernelInit) ? { kernelInitializer: asString(kernelInit, 'kernel_initializer') } : {}),
          ...(given(biasInit) ? { biasInitializer: asString(biasInit, 'bias_initializer') } : {}),
        }),
      { units: getter((_ctx, self) => pyInt((layerOf(self) as keras.Dense).units)) },
    ),
    Conv2D: kerasLayerClass(
      'Conv2D',
      ['filters', 'kernel_size', 'strides?', 'padding?', 'data_format?', 'dilation_rate?', 'groups?', 'activation?', 'use_bias?', 'kernel_initializer?', 'bias_initializer?'],
      ([filters, kernelSize, strides, padding, dataFormat, dilation, groups, activation, useBias, kernelInit, biasInit], options) =>
        new keras.Conv2D(asIndex(filters), size2Argument(kernelSize), {
          ...options,
          ...(given(strides) ? { strides: size2Argument(strides) } : {}),
          ...(given(padding) ? { padding: asString(padding, 'padding') } : {}),
          ...(given(dataFormat) ? { dataFormat: asString(dataFormat, 'data_format') } : {}),
          ...(given(dilation) ? { dilationRate: size2Argument(dilation) } : {}),
          ...(given(groups) ? { groups: asIndex(groups) } : {}),
          activation: activationOf(activation),
          useBias: flag(useBias, true),
          ...(given(kernelInit) ? { kernelInitializer: asString(kernelInit, 'kernel_initializer') } : {}),
          ...(given(biasInit) ? { biasInitializer: asString(biasInit, 'bias_initializer') } : {}),
        }),
      {
        filters: getter((_ctx, self) => pyInt((layerOf(self) as keras.Conv2D).filters)),
        kernel_size: getter((_ctx, self) => pairTuple((layerOf(self) as keras.Conv2D).kernelSize)),
        strides: getter((_ctx, self) => pairTuple((layerOf(self) as keras.Conv2D).strides)),
        padding: getter((_ctx, self) => pyStr((layerOf(self) as keras.Conv2D).padding)),
        dilation_rate: getter((_ctx, self) => pairTuple((layerOf(self) as keras.Conv2D).dilationRate)),
      },
    ),
    ...poolingLayer('MaxPooling2D', 'MaxPool2D', (poolSize, options) => new keras.MaxPooling2D(poolSize, options)),
    ...poolingLayer('AveragePooling2D', 'AvgPool2D', (poolSize, options) => new keras.AveragePooling2D(poolSize, options)),
    Dropout: kerasLayerClass('Dropout', ['rate'], ([rate], options) => new keras.Dropout(numberOr(rate, 0), options)),
    BatchNormalization: kerasLayerClass(
      'BatchNormalization',
      ['axis?', 'momentum?', 'epsilon?', 'center?', 'scale?'],
      ([axis, momentum, epsilon, center, scale], options) =>
        new keras.BatchNormalization({
          ...options,
          axis: given(axis) ? asIndex(axis) : -1,
          momentum: numberOr(momentum, 0.99),
          epsilon: numberOr(epsilon, 1e-3),
          center: flag(center, true),
          scale: flag(scale, true),
        }),
    ),
    Flatten: kerasLayerClass('Flatten', [], (_args, options) => new keras.Flatten(options)),
    Embedding: kerasLayerClass(
      'Embedding',
      // input_length is Keras 2's; Keras 3 accepts and ignores it.
      ['input_dim', 'output_dim', 'embeddings_initializer?', 'embeddings_regularizer?', 'embeddings_constraint?', 'mask_zero?', '*', 'input_length?'],
      ([inputDim, outputDim, init, regularizer, constraint, maskZero], options) => {
        if (given(regularizer) || given(constraint)) {
          throw pyError(PyExc.NotImplementedError, 'Embedding regularizers and constraints are not supported in Tandem');
        }
        return new keras.Embedding(asIndex(inputDim), asIndex(outputDim), {
          ...options,
          ...(given(init) ? { embeddingsInitializer: asString(init, 'embeddings_initializer') } : {}),
          maskZero: flag(maskZero, false),
        });
      },
      {
        input_dim: getter((_ctx, self) => pyInt((layerOf(self) as keras.Embedding).inputDim)),
        output_dim: getter((_ctx, self) => pyInt((layerOf(self) as keras.Embedding).outputDim)),
      },
    ),
    ...globalAveragePooling1D(),
    Activation: kerasLayerClass('Activation', ['activation'], ([activation], options) =>
      new keras.Activation(activationOf(activation) ?? 'linear', options),
    ),
  };
}

/** keras.layers.GlobalAveragePooling1D, also named GlobalAvgPool1D. */
function globalAveragePooling1D(): Record<string, PyType> {
  const type = kerasLayerClass('GlobalAveragePooling1D', ['data_format?', 'keepdims?'], ([dataFormat, keepdims], options) =>
    new keras.GlobalAveragePooling1D({
      ...options,
      ...(given(dataFormat) ? { dataFormat: asString(dataFormat, 'data_format') } : {}),
      keepdims: flag(keepdims, false),
    }),
  );
  return { GlobalAveragePooling1D: type, GlobalAvgPool1D: type };
}

/** A pooling class under its name and its alias (keras.layers.MaxPool2D is MaxPooling2D). */
function poolingLayer(
  name: string,
  alias: string,
  make: (poolSize: number | number[], options: keras.Pooling2DOptions) => keras.MaxPooling2D | keras.AveragePooling2D,
): Record<string, PyObject> {
  const pooling = (self: PyObject): keras.MaxPooling2D | keras.AveragePooling2D => layerOf(self) as keras.MaxPooling2D | keras.AveragePooling2D;
  const type = kerasLayerClass(
    name,
    ['pool_size?', 'strides?', 'padding?', 'data_format?'],
    ([poolSize, strides, padding, dataFormat], options) =>
      make(given(poolSize) ? size2Argument(poolSize) : 2, {
        ...options,
        ...(given(strides) ? { strides: size2Argument(strides) } : {}),
        ...(given(padding) ? { padding: asString(padding, 'padding') } : {}),
        ...(given(dataFormat) ? { dataFormat: asString(dataFormat, 'data_format') } : {}),
      }),
    {
      pool_size: getter((_ctx, self) => pairTuple(pooling(self).poolSize)),
      strides: getter((_ctx, self) => pairTuple(pooling(self).strides)),
      padding: getter((_ctx, self) => pyStr(pooling(self).padding)),
    },
  );
  return { [name]: type, [alias]: type };
}
