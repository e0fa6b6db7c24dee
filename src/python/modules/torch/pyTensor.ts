// torch.Tensor and nn.Parameter as Python objects: a thin wrapper over an engine Tensor. One wrapper per engine
// tensor, so `model.weight is model.weight` and a tensor's identity survive round trips through the engine.

import * as E from '../../../engine/index.ts';
import { nn, type Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBool } from '../../objects/int.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { defineClass } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { TensorBacked } from '../tensorBacked.ts';

export class PyTensor extends TensorBacked {}

export const tensorType: PyType = defineClass({ name: 'Tensor', module: 'torch' });

/** nn.Parameter(data, requires_grad=True): a leaf sharing data's memory, listed by Module.parameters(). */
export const parameterType: PyType = defineClass({
  name: 'Parameter',
  module: 'torch.nn.parameter',
  bases: [tensorType],
  construct: (_ctx, _type, args, kwargs) => {
    const data = args[0] ?? kwargs.get('data');
    const requiresGrad = args[1] ?? kwargs.get('requires_grad');
    if (!(data instanceof TensorBacked)) {
      throw pyError(PyExc.TypeError, `Parameter(): argument 'data' must be Tensor, not ${data?.type.name ?? 'None'}`);
    }
    const flag = requiresGrad === undefined ? true : requiresGrad instanceof PyBool ? requiresGrad.bool : true;
    return wrap(engine(() => nn.parameter(data.tensor, flag)));
  },
});

const wrappers = new WeakMap<Tensor, PyTensor>();

/** The Python object for an engine tensor (the same one every time). */
export function wrap(t: Tensor): PyTensor {
  let w = wrappers.get(t);
  if (w === undefined) {
    // A parameter a program can see (model.parameters(), model.weight) is on the CPU until the model is moved,
    // so forgetting model.to(device) fails as in PyTorch.
    if (t.isParameter && E.deviceOf(t) === 'cpu') E.placeOn(t, 'cpu');
    w = new PyTensor(t.isParameter ? parameterType : tensorType, t);
    wrappers.set(t, w);
  }
  return w;
}

/** `self` of a Tensor method, checked. */
export function tensorOf(obj: PyObject | undefined, what = 'argument'): Tensor {
  if (obj instanceof PyTensor) return obj.tensor;
  throw pyError(PyExc.TypeError, `${what} must be Tensor, not ${obj?.type.name ?? 'None'}`);
}
