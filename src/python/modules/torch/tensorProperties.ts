// Tensor attributes: shape, dtype, grad, requires_grad, grad_fn, is_leaf, data, T, ndim, device.

import * as E from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBool, pyBool, pyInt } from '../../objects/int.ts';
import { objectId, PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { deviceObject } from './device.ts';
import { DTYPES } from './dtypes.ts';
import { tensorOf, wrap } from './pyTensor.ts';
import { torchSize } from './size.ts';

const self0 = (obj: PyObject) => tensorOf(obj, 'self');

// type(t.grad_fn).__name__ is the node's name, e.g. 'AddmmBackward0'; one Python type per name.
const gradFnTypes = new Map<string, PyType>();

class PyGradFn extends PyObject {
  constructor(readonly node: E.GradFn) {
    let type = gradFnTypes.get(node.name);
    if (type === undefined) {
      // PyTorch's node classes are C++ types: their repr names no module (<AddmmBackward0 object at 0x...>).
      type = defineClass({
        name: node.name,
        module: 'torch.autograd.graph',
        members: { __repr__: method(['self'], (_ctx, [self]) => pyStr(`<${node.name} object at 0x${objectId(self!).toString(16)}>`)) },
      });
      gradFnTypes.set(node.name, type);
    }
    super(type);
  }
}

const gradFnWrappers = new WeakMap<E.GradFn, PyGradFn>();

export const tensorProperties: Record<string, PyObject> = {
  shape: getter((_ctx, self) => torchSize(self0(self).shape)),
  dtype: getter((_ctx, self) => DTYPES[self0(self).dtype]),
  ndim: getter((_ctx, self) => pyInt(self0(self).ndim)),
  device: getter((_ctx, self) => deviceObject(E.deviceOf(self0(self)))),
  is_cuda: getter((_ctx, self) => pyBool(E.deviceOf(self0(self)) === 'cuda')),
  is_leaf: getter((_ctx, self) => pyBool(self0(self).isLeaf)),
  grad: getter(
    (_ctx, self) => {
      const g = self0(self).grad;
      return g === null ? None : wrap(g);
    },
    (_ctx, self, value) => {
      self0(self).grad = value === None ? null : tensorOf(value, 'assigned grad');
    },
  ),
  requires_grad: getter(
    (_ctx, self) => pyBool(self0(self).requiresGrad),
    (_ctx, self, value) => {
      if (!(value instanceof PyBool)) throw pyError(PyExc.TypeError, 'requires_grad must be a bool');
      engine(() => self0(self).setRequiresGrad(value.bool));
    },
  ),
  grad_fn: getter((_ctx, self) => {
    const node = self0(self).gradFn;
    if (node === null) return None;
    let w = gradFnWrappers.get(node);
    if (w === undefined) {
      w = new PyGradFn(node);
      gradFnWrappers.set(node, w);
    }
    return w;
  }),
  /** The same memory without history: writes through `.data` bypass autograd, as in PyTorch. */
  data: getter((_ctx, self) => wrap(self0(self).detach())),
  T: getter((_ctx, self) => {
    const t = self0(self);
    return wrap(engine(() => E.permute(t, t.shape.map((_, i) => t.ndim - 1 - i))));
  }),
};
