// keras.Variable: a model's weight as model.weights / trainable_variables give it. It is a tf.Variable over the
// engine's weight tensor (same memory), so a GradientTape differentiates it and optimizer.apply_gradients
// updates the model itself.

import type { Tensor } from '../../../engine/index.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { PyTFTensor, variableType } from './tfTensor.ts';

export class PyKerasVariable extends PyTFTensor {
  constructor(
    tensor: Tensor,
    /** Keras' variable path, e.g. 'sequential/dense/kernel'. */
    readonly path: string,
  ) {
    super(kerasVariableType, tensor, 'float32');
  }
}

const pathOf = (obj: PyObject) => (obj as PyKerasVariable).path;
const shapeText = (t: Tensor) => `(${t.shape.join(', ')}${t.ndim === 1 ? ',' : ''})`;

export const kerasVariableType: PyType = defineClass({
  name: 'Variable',
  module: 'keras',
  bases: [variableType],
  members: {
    __repr__: method(['self'], (_ctx, [self]) => {
      const v = self as PyKerasVariable;
      return pyStr(`<KerasVariable shape=${shapeText(v.tensor)}, dtype=float32, path=${v.path}>`);
    }),
    path: getter((_ctx, self) => pyStr(pathOf(self))),
    name: getter((_ctx, self) => pyStr(pathOf(self).split('/').pop()!)),
  },
});

const variables = new WeakMap<Tensor, PyKerasVariable>();

/** The one Python variable for a weight, so `model.weights[0] is model.weights[0]`. */
export function kerasVariable(weight: Tensor, path: string): PyKerasVariable {
  let v = variables.get(weight);
  if (v === undefined) {
    v = new PyKerasVariable(weight, path);
    variables.set(weight, v);
  }
  return v;
}
