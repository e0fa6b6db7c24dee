// keras.activations, and activation= given as a function: Dense(64, activation=tf.nn.relu) means the same as
// activation='relu'. Each activation function object remembers its Keras name, so layers can ask for it.

import { keras } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyStr } from '../../objects/str.ts';
import { given } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { tfFrom, tfTensor } from './tfTensor.ts';

const names = new WeakMap<PyObject, keras.ActivationName>();

/** Marks a function object (keras.activations.relu, tf.nn.relu…) as the activation `name`. */
export function asActivation<T extends PyObject>(fn: T, name: keras.ActivationName): T {
  names.set(fn, name);
  return fn;
}

/** activation=: None, a name, or an activation function. */
export function activationOf(obj: PyObject | undefined): string | null {
  if (!given(obj)) return null;
  if (obj instanceof PyStr) return obj.value;
  const name = names.get(obj);
  if (name !== undefined) return name;
  throw pyError(PyExc.ValueError, `Could not interpret activation function identifier: ${obj.type.name}`);
}

const ACTIVATIONS: keras.ActivationName[] = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'gelu', 'silu', 'leaky_relu', 'exponential'];

/** keras.activations.relu(x) and the rest: callable on tensors, and usable as activation=. */
export function loadKerasActivations(): PyModule {
  const functions = Object.fromEntries(
    ACTIVATIONS.map((name) => [
      name,
      asActivation(
        method(['x'], async (_ctx, [x]) => {
          const t = await tfFrom(x, 'float32');
          return tfTensor(engine(() => keras.activate(name, t.tensor)), 'float32');
        }),
        name,
      ),
    ]),
  );
  return defineModule('keras.activations', { ...functions, swish: functions['silu']! });
}
