// torch.device: Tandem's tensors live on one device, which PyTorch code names 'cpu'. Code written for a GPU
// (`device = 'cuda' if torch.cuda.is_available() else 'cpu'`) takes the CPU branch, as on a machine without CUDA.

import { PyExc, pyError } from '../../objects/exception.ts';
import { PyObject } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { asString } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';

export class PyDevice extends PyObject {
  constructor(readonly kind: string) {
    super(deviceType);
  }
}

export const deviceType = defineClass({
  name: 'device',
  module: 'torch',
  construct: (_ctx, _type, args) => {
    const kind = asString(args[0] ?? pyStr('cpu'), 'device type').split(':')[0]!;
    if (kind !== 'cpu' && kind !== 'cuda' && kind !== 'mps') {
      throw pyError(PyExc.RuntimeError, `Expected one of cpu, cuda, mps device type at start of device string: ${kind}`);
    }
    return new PyDevice(kind);
  },
  members: {
    type: getter((_ctx, self) => pyStr((self as PyDevice).kind)),
    __repr__: method(['self'], (_ctx, [self]) => pyStr(`device(type='${(self as PyDevice).kind}')`)),
    __str__: method(['self'], (_ctx, [self]) => pyStr((self as PyDevice).kind)),
  },
});

export const cpuDevice = new PyDevice('cpu');

/** Whether a `.to(...)` argument names a device; moving to one other than the CPU fails as without CUDA. */
export function isDeviceArgument(obj: PyObject): boolean {
  const kind = obj instanceof PyDevice ? obj.kind : obj instanceof PyStr ? obj.value.split(':')[0]! : null;
  if (kind === null) return false;
  if (kind === 'cuda') throw pyError(PyExc.AssertionError, 'Torch not compiled with CUDA enabled');
  if (kind !== 'cpu') throw pyError(PyExc.RuntimeError, `${kind} device is not available in Tandem`);
  return true;
}
