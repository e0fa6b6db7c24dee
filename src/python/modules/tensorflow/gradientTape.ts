// tf.GradientTape: `with tf.GradientTape() as tape:` then tape.gradient(loss, [w, b]). The engine already
// records every op on tensors that need gradients; the tape asks it for the gradients without touching .grad
// (engine grad()), and, unless persistent, answers only once, as TensorFlow's tape does.

import * as E from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { False } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { defineClass, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag } from '../torch/args.ts';
import { tfOf, tfTensor, type PyTFTensor } from './tfTensor.ts';

class PyGradientTape extends PyObject {
  used = false;
  constructor(
    type: PyType,
    readonly persistent: boolean,
  ) {
    super(type);
  }
}

function tapeOf(obj: PyObject | undefined): PyGradientTape {
  if (obj instanceof PyGradientTape) return obj;
  throw pyError(PyExc.TypeError, 'expected a GradientTape');
}

export const gradientTapeType: PyType = defineClass({
  name: 'GradientTape',
  module: 'tensorflow',
  construct: (_ctx, type, args, kwargs) => new PyGradientTape(type, flag(args[0] ?? kwargs.get('persistent'), false)),
  members: {
    __init__: method(['self', '*args', '**kwargs'], () => None),
    __enter__: method(['self'], (_ctx, [self]) => self!),
    __exit__: method(['self', '*exc'], () => False),
    /** Constants are not differentiated unless watched. */
    watch: method(['self', 'tensor'], (_ctx, [, tensor]) => {
      const t = tfOf(tensor).tensor;
      if (!t.requiresGrad) engine(() => t.setRequiresGrad(true));
      return None;
    }),
    gradient: method(['self', 'target', 'sources'], (_ctx, [self, target, sources]) => {
      const tape = tapeOf(self);
      if (tape.used && !tape.persistent) {
        throw pyError(PyExc.RuntimeError, 'A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)');
      }
      tape.used = true;
      const many = sources instanceof PyList || sources instanceof PyTuple;
      const list = (many ? sources.items : [sources]).map((s) => tfOf(s, 'source'));
      const y = tfOf(target, 'target');
      // Sources the target does not depend on get None, as in TensorFlow.
      const differentiable = list.map((s) => s.tensor.requiresGrad);
      const inputs = list.filter((_, i) => differentiable[i]).map((s) => s.tensor);
      const grads = inputs.length === 0 || !y.tensor.requiresGrad
        ? []
        : engine(() => E.grad([y.tensor], inputs, null, { retainGraph: tape.persistent, allowUnused: true }));
      let k = 0;
      const results = list.map((s: PyTFTensor, i) => {
        const g = differentiable[i] ? (grads[k++] ?? null) : null;
        return g === null ? None : tfTensor(g, s.dtype);
      });
      return many ? new PyList(results) : results[0]!;
    }),
  },
});
