// nn.Module as a Python class that learners subclass. Every instance is backed by an engine Module, which keeps
// PyTorch's registries (parameters, submodules) and print(model) text; attribute assignment registers into it
// exactly as torch.nn.Module.__setattr__ does, and attribute reads fall back to it as __getattr__ does.

import * as E from '../../../engine/index.ts';
import { nn, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { iteratorOver } from '../../objects/iterator.ts';
import { PyBool, pyBool } from '../../objects/int.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { PyStr, pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { attributeError, genericSetAttr, getAttr } from '../../runtime/attributes.ts';
import { callObject } from '../../runtime/call.ts';
import { asString } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag } from '../torch/args.ts';
import { deviceArgument } from '../torch/device.ts';
import { PyTensor, tensorOf, wrap } from '../torch/pyTensor.ts';
import { stateDict } from './stateDict.ts';

export class PyNNModule extends PyObject {
  /** Set by Module.__init__: PyTorch refuses to register parameters or submodules before it ran. */
  initialized: boolean;

  constructor(
    type: PyType,
    readonly module: nn.Module,
    initialized = false,
  ) {
    super(type, new Map());
    this.initialized = initialized;
    wrappers.set(module, this);
  }

  /** Submodules are registered only in the engine module; their Python objects (and what those hold in
   *  __dict__) are found through `wrappers`, which the runtime's reachability walk cannot see into. */
  override traceTensors(visit: (value: unknown) => void): void {
    super.traceTensors(visit);
    for (const child of this.module._modules.values()) if (child !== null) visit(wrappers.get(child));
  }
}

const wrappers = new WeakMap<nn.Module, PyNNModule>();

function moveModule(m: nn.Module, device: E.Device): void {
  engine(() => {
    for (const t of [...m.parameters(), ...m.buffers()]) E.placeOn(t, device);
  });
}

/** The Python object of an engine module made through Python (every module here is). */
export function pyModuleOf(m: nn.Module): PyNNModule {
  const w = wrappers.get(m);
  if (w === undefined) throw new Error(`engine module ${m.typeName} has no Python object`);
  return w;
}

export function moduleOf(obj: PyObject | undefined, what = 'self'): nn.Module {
  if (obj instanceof PyNNModule) return obj.module;
  throw pyError(PyExc.TypeError, `${what} must be an nn.Module, not ${obj?.type.name ?? 'None'}`);
}

function self0(obj: PyObject | undefined): PyNNModule {
  if (obj instanceof PyNNModule) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'Module' object but received a '${obj?.type.name ?? 'None'}'`);
}

/** module.__setattr__: parameters and submodules go to the engine's registries, everything else to __dict__. */
async function setModuleAttribute(ctx: Context, self: PyNNModule, name: string, value: PyObject): Promise<void> {
  const m = self.module;
  const isParameter = value instanceof PyTensor && value.tensor.isParameter;
  if (isParameter || value instanceof PyNNModule) {
    if (!self.initialized) {
      const what = isParameter ? 'parameters' : 'module';
      throw pyError(PyExc.AttributeError, `cannot assign ${what} before Module.__init__() call`);
    }
    self.dict!.delete(name);
    if (isParameter) {
      m._modules.delete(name);
      engine(() => m.registerParameter(name, (value as PyTensor).tensor));
    } else {
      m._parameters.delete(name);
      m.addModule(name, (value as PyNNModule).module);
    }
    return;
  }
  if (m._parameters.has(name)) {
    // Only a Parameter or None may replace a parameter (the engine raises PyTorch's TypeError otherwise).
    engine(() => m.registerParameter(name, value === None ? null : tensorOf(value, name)));
    return;
  }
  if (m._modules.has(name)) {
    if (value !== None) {
      throw pyError(PyExc.TypeError, `cannot assign '${value.type.name}' as child module '${name}' (torch.nn.Module or None expected)`);
    }
    m.addModule(name, null);
    return;
  }
  if (m._buffers.has(name) && value instanceof PyTensor) {
    m.registerBuffer(name, value.tensor);
    return;
  }
  await genericSetAttr(ctx, self, name, value);
}

function registered(self: PyNNModule, name: string): PyObject | undefined {
  const m = self.module;
  if (m._parameters.has(name)) return orNone(m._parameters.get(name)!);
  if (m._buffers.has(name)) return orNone(m._buffers.get(name)!);
  if (m._modules.has(name)) {
    const child = m._modules.get(name)!;
    return child === null ? None : pyModuleOf(child);
  }
  return undefined;
}

const orNone = (t: Tensor | null): PyObject => (t === null ? None : wrap(t));

/** What Module.parameters() and friends return: a one-shot iterator, as PyTorch's generators are. */
const generator = (items: PyObject[]) => iteratorOver('generator', items);

export const moduleType: PyType = defineClass({
  name: 'Module',
  module: 'torch.nn',
  // A learner's subclass gets a bare engine Module named after the class; __init__ arguments are theirs.
  construct: (_ctx, type) => new PyNNModule(type, new nn.Module(type.name)),
  members: {
    __init__: method(['self', '*args', '**kwargs'], (_ctx, [self]) => {
      self0(self).initialized = true;
      return None;
    }),
    __setattr__: method(['self', 'name', 'value'], async (ctx, [self, name, value]) => {
      await setModuleAttribute(ctx, self0(self), asString(name, 'attribute name'), value);
      return None;
    }),
    __getattr__: method(['self', 'name'], (_ctx, [self, name]) => {
      const s = self0(self);
      const found = registered(s, asString(name, 'attribute name'));
      if (found === undefined) throw attributeError(s, (name as PyStr).value);
      return found;
    }),
    __delattr__: method(['self', 'name'], (_ctx, [self, name]) => {
      const s = self0(self);
      const key = asString(name, 'attribute name');
      const m = s.module;
      if (!(m._parameters.delete(key) || m._modules.delete(key) || m._buffers.delete(key) || s.dict!.delete(key))) {
        throw attributeError(s, key);
      }
      return None;
    }),
    /** model(x) runs forward (the learner's, or the layer's own). */
    __call__: method(['self', '*args', '**kwargs'], async (ctx, [self, args, kwargs]) =>
      callObject(ctx, await getAttr(ctx, self0(self), 'forward'), args, kwargs),
    ),
    __repr__: method(['self'], (_ctx, [self]) => pyStr(self0(self).module.repr())),
    forward: method(['self', '*args', '**kwargs'], (_ctx, [self]) => {
      throw pyError(PyExc.NotImplementedError, `Module [${self0(self).module.typeName}] is missing the required "forward" function`);
    }),

    parameters: method(['self', 'recurse?'], (_ctx, [self, recurse]) =>
      generator(self0(self).module.parameters(flag(recurse, true)).map(wrap)),
    ),
    named_parameters: method(['self', 'prefix?', 'recurse?'], (_ctx, [self, prefix, recurse]) => {
      const p = prefix === undefined ? '' : asString(prefix, 'prefix');
      const named = self0(self).module.namedParameters(p, flag(recurse, true));
      return generator(named.map(([n, t]) => pyTuple([pyStr(n), wrap(t)])));
    }),
    buffers: method(['self', 'recurse?'], (_ctx, [self, recurse]) =>
      generator(self0(self).module.buffers(flag(recurse, true)).map(wrap)),
    ),
    children: method(['self'], (_ctx, [self]) => generator(self0(self).module.children().map(pyModuleOf))),
    named_children: method(['self'], (_ctx, [self]) =>
      generator(self0(self).module.namedChildren().map(([n, m]) => pyTuple([pyStr(n), pyModuleOf(m)]))),
    ),
    modules: method(['self'], (_ctx, [self]) => generator(self0(self).module.modules().map(pyModuleOf))),
    named_modules: method(['self'], (_ctx, [self]) =>
      generator(self0(self).module.namedModules().map(([n, m]) => pyTuple([pyStr(n), pyModuleOf(m)]))),
    ),
    add_module: method(['self', 'name', 'module'], (_ctx, [self, name, module]) => {
      self0(self).module.addModule(asString(name, 'name'), module === None ? null : moduleOf(module, 'module'));
      return None;
    }),
    register_parameter: method(['self', 'name', 'param'], (_ctx, [self, name, param]) => {
      const m = self0(self).module;
      engine(() => m.registerParameter(asString(name, 'name'), param === None ? null : tensorOf(param, 'param')));
      return None;
    }),
    register_buffer: method(['self', 'name', 'tensor'], (_ctx, [self, name, tensor]) => {
      self0(self).module.registerBuffer(asString(name, 'name'), tensor === None ? null : tensorOf(tensor, 'tensor'));
      return None;
    }),

    train: method(['self', 'mode?'], (_ctx, [self, mode]) => {
      self0(self).module.train(flag(mode, true));
      return self!;
    }),
    eval: method(['self'], (_ctx, [self]) => {
      self0(self).module.eval();
      return self!;
    }),
    training: getter(
      (_ctx, self) => pyBool(self0(self).module.training),
      (_ctx, self, value) => {
        self0(self).module.training = value instanceof PyBool ? value.bool : true;
      },
    ),
    zero_grad: method(['self', 'set_to_none?'], (_ctx, [self, setToNone]) => {
      self0(self).module.zeroGrad(flag(setToNone, true));
      return None;
    }),
    requires_grad_: method(['self', 'requires_grad?'], (_ctx, [self, requiresGrad]) => {
      engine(() => self0(self).module.requiresGrad_(flag(requiresGrad, true)));
      return self!;
    }),
    state_dict: method(['self'], (_ctx, [self]) => stateDict(self0(self).module.stateDict())),
    load_state_dict: method(['self', 'state_dict', 'strict?'], (_ctx, [self, stateDict, strict]) => {
      if (!(stateDict instanceof PyDict)) throw pyError(PyExc.TypeError, 'state_dict must be a dict');
      const state = new Map<string, Tensor>();
      for (const { key, value } of stateDict.entries.values()) state.set(asString(key, 'key'), tensorOf(value, 'value'));
      engine(() => self0(self).module.loadStateDict(state, flag(strict, true)));
      return None;
    }),
    /** fn on every submodule, children before parents (PyTorch's order, so init code sees leaves first). */
    apply: method(['self', 'fn'], async (ctx, [self, fn]) => {
      const visit = async (m: nn.Module): Promise<void> => {
        for (const child of m.children()) await visit(child);
        await callObject(ctx, fn, [pyModuleOf(m)]);
      };
      await visit(self0(self).module);
      return self!;
    }),
    /** model.to(device): parameters and buffers move in place, so an optimizer made earlier still holds them. */
    to: method(['self', '*args', '**kwargs'], (_ctx, [self, args, kwargs]) => {
      for (const a of [...args, ...(kwargs.has('device') ? [kwargs.get('device')!] : [])]) {
        const device = a instanceof PyTensor ? E.deviceOf(a.tensor) : deviceArgument(a);
        if (device !== null) moveModule(self0(self).module, device);
      }
      return self!;
    }),
    cpu: method(['self'], (_ctx, [self]) => {
      moveModule(self0(self).module, 'cpu');
      return self!;
    }),
    cuda: method(['self', 'device?'], (_ctx, [self]) => {
      moveModule(self0(self).module, deviceArgument(pyStr('cuda')) ?? 'cuda');
      return self!;
    }),
  },
});
