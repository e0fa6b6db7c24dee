// torch.autograd: grad(outputs, inputs) returns the gradients as a tuple instead of accumulating them into
// .grad, and backward(tensors) is the function form of tensor.backward().

import * as E from '../../../engine/index.ts';
import type { Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyList } from '../../objects/list.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyTuple, pyTuple } from '../../objects/tuple.ts';
import { given } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag } from './args.ts';
import { tensorOf, wrap } from './pyTensor.ts';

/** A tensor or a sequence of them (PyTorch's `_TensorOrTensors`). */
function tensors(obj: PyObject, what: string): Tensor[] {
  const items = obj instanceof PyTuple || obj instanceof PyList ? obj.items : [obj];
  return items.map((t) => tensorOf(t, what));
}

/** grad_outputs: None, a tensor, or a sequence of tensors and Nones (one per output). */
function gradOutputs(obj: PyObject | undefined): (Tensor | null)[] | null {
  if (!given(obj)) return null;
  const items = obj instanceof PyTuple || obj instanceof PyList ? obj.items : [obj];
  return items.map((t) => (t === None ? null : tensorOf(t, 'grad_outputs')));
}

function refuseCreateGraph(createGraph: PyObject | undefined): void {
  if (flag(createGraph, false)) {
    throw pyError(PyExc.NotImplementedError, 'create_graph=True (gradients of gradients) is not supported in Tandem');
  }
}

export function loadAutograd(): PyModule {
  return defineModule('torch.autograd', {
    grad: method(
      ['outputs', 'inputs', 'grad_outputs?', 'retain_graph?', 'create_graph?', 'only_inputs?', 'allow_unused?'],
      (_ctx, [outputs, inputs, grads, retainGraph, createGraph, , allowUnused]) => {
        refuseCreateGraph(createGraph);
        const found = engine(() =>
          E.grad(tensors(outputs, 'outputs'), tensors(inputs, 'inputs'), gradOutputs(grads), {
            retainGraph: flag(retainGraph, false),
            allowUnused: flag(allowUnused, false),
          }),
        );
        return pyTuple(found.map((g) => (g === null ? None : wrap(g))));
      },
    ),
    backward: method(['tensors', 'grad_tensors?', 'retain_graph?', 'create_graph?'], (_ctx, [roots, grads, retainGraph, createGraph]) => {
      refuseCreateGraph(createGraph);
      const outputs = tensors(roots, 'tensors');
      const seeds = gradOutputs(grads);
      engine(() => outputs.forEach((t, i) => E.backward(t, seeds?.[i] ?? null, flag(retainGraph, false) || i < outputs.length - 1)));
      return None;
    }),
  });
}
