// keras.optimizers and keras.losses: the objects compile() accepts besides names ('sgd', 'mse').

import { keras, noGrad, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { toArray } from '../../runtime/iteration.ts';
import { tfFrom, tfOf, tfTensor } from './tfTensor.ts';
import type { Kwargs } from '../../objects/context.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { asNumber } from '../../runtime/convert.ts';
import { defineClass, getter, method, nativeFunction } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag, numberOr } from '../torch/args.ts';

class PyKerasOptimizer extends PyObject {
  constructor(
    type: PyType,
    readonly optimizer: keras.KerasOptimizer,
  ) {
    super(type, new Map());
  }
}

class PyKerasLoss extends PyObject {
  constructor(
    type: PyType,
    readonly spec: keras.KerasLossSpec,
  ) {
    super(type, new Map());
  }
}

/** compile(optimizer=...): a name or an optimizer object. */
export function optimizerOf(obj: PyObject): string | keras.KerasOptimizer {
  if (obj instanceof PyStr) return obj.value;
  if (obj instanceof PyKerasOptimizer) return obj.optimizer;
  throw pyError(PyExc.ValueError, `Could not interpret optimizer identifier: ${obj.type.name}`);
}

/** compile(loss=...): a name or a loss object. */
export function lossOf(obj: PyObject): string | keras.KerasLossSpec {
  if (obj instanceof PyStr) return obj.value;
  if (obj instanceof PyKerasLoss) return obj.spec;
  throw pyError(PyExc.ValueError, `Could not interpret loss identifier: ${obj.type.name}`);
}

/** Keras 3 refuses arguments it does not know (lr= is Keras 2's learning_rate=). */
function rejectUnknown(kwargs: Kwargs): void {
  const unknown = [...kwargs.keys()].filter((k) => k !== 'name');
  if (unknown.length > 0) {
    throw pyError(PyExc.ValueError, `Argument(s) not recognized: {${unknown.map((k) => `'${k}': ...`).join(', ')}}`);
  }
}

/** apply_gradients(zip(grads, variables)): one update; a None gradient skips its variable, with Keras' warning. */
const applyGradients = method(['self', 'grads_and_vars'], async (ctx, [self, pairs]) => {
  const updates: (readonly [Tensor | null, Tensor])[] = [];
  for (const pair of await toArray(ctx, pairs)) {
    const [g, v] = await toArray(ctx, pair);
    if (g === undefined || v === undefined) throw pyError(PyExc.ValueError, 'apply_gradients expects (gradient, variable) pairs');
    updates.push([g === None ? null : tfOf(g, 'gradient').tensor, tfOf(v, 'variable').tensor] as const);
  }
  engine(() => noGrad(() => (self as PyKerasOptimizer).optimizer.applyGradients(updates)));
  return None;
});

const optimizerMembers = {
  apply_gradients: applyGradients,
  learning_rate: getter(
    (_ctx, self) => pyFloat((self as PyKerasOptimizer).optimizer.learningRate),
    (_ctx, self, value) => {
      (self as PyKerasOptimizer).optimizer.learningRate = asNumber(value);
    },
  ),
  __repr__: method(['self'], (_ctx, [self]) => pyStr(`<keras.src.optimizers.${(self as PyKerasOptimizer).optimizer.name.toLowerCase()}.${(self as PyKerasOptimizer).optimizer.name} object>`)),
};

function optimizerClass<const Ps extends readonly string[]>(
  name: string,
  params: Ps,
  build: (args: (PyObject | undefined)[]) => keras.KerasOptimizer,
): PyType {
  const type: PyType = defineClass({
    name,
    module: 'keras.optimizers',
    construct: (ctx, _cls, args, kwargs) => make.impl(ctx, args, kwargs),
    members: optimizerMembers,
  });
  const make = nativeFunction(name, [...params, '**kwargs'], (_ctx, bound) => {
    const all = bound as unknown as (PyObject | undefined)[];
    rejectUnknown(all[all.length - 1] as unknown as Kwargs);
    return new PyKerasOptimizer(type, engine(() => build(all)));
  });
  return type;
}

function lossClass(name: string, kind: keras.KerasLossName): PyType {
  const type: PyType = defineClass({
    name,
    module: 'keras.losses',
    construct: (ctx, _cls, args, kwargs) => make.impl(ctx, args, kwargs),
    members: {
      __repr__: method(['self'], () => pyStr(`<${name} name=${kind}>`)),
      /** loss_fn(y_true, y_pred): the mean loss over the batch, as a float32 tf.Tensor. */
      __call__: method(['self', 'y_true', 'y_pred', 'sample_weight?'], async (_ctx, [self, yTrue, yPred]) => {
        const [t, p] = [await tfFrom(yTrue, 'float32'), await tfFrom(yPred, 'float32')];
        return tfTensor(engine(() => keras.computeLoss((self as PyKerasLoss).spec, t.tensor, p.tensor)), 'float32');
      }),
    },
  });
  const make = nativeFunction(name, ['from_logits?', '**kwargs'], (_ctx, [fromLogits]) =>
    new PyKerasLoss(type, { kind, fromLogits: flag(fromLogits, false) }),
  );
  return type;
}

export function kerasOptimizers(): Record<string, PyObject> {
  return {
    SGD: optimizerClass('SGD', ['learning_rate?', 'momentum?', 'nesterov?'], ([lr, momentum, nesterov]) =>
      new keras.SGD(numberOr(lr, 0.01), numberOr(momentum, 0), flag(nesterov, false)),
    ),
    Adam: optimizerClass('Adam', ['learning_rate?', 'beta_1?', 'beta_2?', 'epsilon?'], ([lr, b1, b2, eps]) =>
      new keras.Adam(numberOr(lr, 0.001), numberOr(b1, 0.9), numberOr(b2, 0.999), numberOr(eps, 1e-7)),
    ),
    RMSprop: optimizerClass('RMSprop', ['learning_rate?', 'rho?', 'epsilon?'], ([lr, rho, eps]) =>
      new keras.RMSprop(numberOr(lr, 0.001), numberOr(rho, 0.9), numberOr(eps, 1e-7)),
    ),
  };
}

export function kerasLosses(): Record<string, PyObject> {
  return {
    MeanSquaredError: lossClass('MeanSquaredError', 'mean_squared_error'),
    MeanAbsoluteError: lossClass('MeanAbsoluteError', 'mean_absolute_error'),
    BinaryCrossentropy: lossClass('BinaryCrossentropy', 'binary_crossentropy'),
    CategoricalCrossentropy: lossClass('CategoricalCrossentropy', 'categorical_crossentropy'),
    SparseCategoricalCrossentropy: lossClass('SparseCategoricalCrossentropy', 'sparse_categorical_crossentropy'),
    Huber: lossClass('Huber', 'huber'),
  };
}

