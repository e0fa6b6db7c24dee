// torch.device: 'cpu', and 'cuda' for the WebGPU device when there is one (the engine's automatic placement,
// engine/backends/auto). Code written for a GPU (`device = 'cuda' if torch.cuda.is_available() else 'cpu'`)
// takes the GPU branch where WebGPU runs, and the CPU branch elsewhere, as on a machine without CUDA.

import * as E from '../../../engine/index.ts';
import type { Device } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyBool, pyInt } from '../../objects/int.ts';
import { PyObject } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { asIndex, asString } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';

export class PyDevice extends PyObject {
  constructor(
    readonly kind: string,
    /** 0 in torch.device('cuda:0'); null when unsaid, as in torch.device('cuda'). */
    readonly index: number | null = null,
  ) {
    super(deviceType);
  }
}

const describe = (d: PyDevice): string => (d.index === null ? d.kind : `${d.kind}:${d.index}`);

export const deviceType = defineClass({
  name: 'device',
  module: 'torch',
  construct: (_ctx, _type, args) => {
    const [kind, index] = asString(args[0] ?? pyStr('cpu'), 'device type').split(':');
    if (kind !== 'cpu' && kind !== 'cuda' && kind !== 'mps') {
      throw pyError(PyExc.RuntimeError, `Expected one of cpu, cuda, mps device type at start of device string: ${kind}`);
    }
    const given = args[1] !== undefined && args[1] !== None ? asIndex(args[1]) : index !== undefined ? Number(index) : null;
    return new PyDevice(kind, given);
  },
  members: {
    type: getter((_ctx, self) => pyStr((self as PyDevice).kind)),
    index: getter((_ctx, self) => {
      const index = (self as PyDevice).index;
      return index === null ? None : pyInt(index);
    }),
    __repr__: method(['self'], (_ctx, [self]) => {
      const d = self as PyDevice;
      return pyStr(d.index === null ? `device(type='${d.kind}')` : `device(type='${d.kind}', index=${d.index})`);
    }),
    __str__: method(['self'], (_ctx, [self]) => pyStr(describe(self as PyDevice))),
    __eq__: method(['self', 'other'], (_ctx, [self, other]) =>
      pyBool(other instanceof PyDevice && describe(other) === describe(self as PyDevice)),
    ),
    __hash__: method(['self'], (_ctx, [self]) => pyInt([...describe(self as PyDevice)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0))),
  },
});

export const cpuDevice = new PyDevice('cpu');
/** Where a tensor named 'cuda' is: the first (only) GPU, as PyTorch reports it. */
export const cudaDevice = new PyDevice('cuda', 0);

/** A tensor's `.device`. */
export const deviceObject = (device: Device): PyDevice => (device === 'cuda' ? cudaDevice : cpuDevice);

/**
 * The device a `.to(...)` or `device=` argument names, or null when the argument is not a device. Asking for
 * 'cuda' without a GPU fails as PyTorch built without CUDA does.
 */
export function deviceArgument(obj: PyObject | undefined): Device | null {
  if (obj === undefined) return null;
  const kind = obj instanceof PyDevice ? obj.kind : obj instanceof PyStr ? obj.value.split(':')[0]! : null;
  if (kind === null) return null;
  if (kind === 'cuda') {
    if (!E.cudaAvailable()) throw pyError(PyExc.AssertionError, 'Torch not compiled with CUDA enabled');
    return 'cuda';
  }
  if (kind !== 'cpu') throw pyError(PyExc.RuntimeError, `${kind} device is not available in Tandem`);
  return 'cpu';
}
