// torch.optim: SGD, Adam, AdamW, RMSprop and Adagrad over the engine's optimizers. Hyperparameters keep the Python values the
// learner passed (lr=1 prints as 1, lr=0.01 as 0.01) and param_groups[i]['lr'] = … reaches the engine's group.

import { optim, type Tensor } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context } from '../../objects/context.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { False, PyBool, PyInt, pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import type { PyModule } from '../../objects/module.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { PyTuple, pyTuple } from '../../objects/tuple.ts';
import { asNumber, asString } from '../../runtime/convert.ts';
import { toArray } from '../../runtime/iteration.ts';
import { defineClass, defineModule, getter, method, nativeFunction, type BoundParams } from '../../runtime/native.ts';
import { repr } from '../../runtime/text.ts';
import { engine } from '../engineErrors.ts';
import { flag } from '../torch/args.ts';
import { tensorOf, wrap } from '../torch/pyTensor.ts';
import { loadLrScheduler } from './lrScheduler/lrSchedulerModule.ts';
import { countStep } from './stepCount.ts';

type AnyOptimizer = optim.Optimizer<optim.ParamGroup>;
type Hyper = Map<string, PyObject>;

class PyOptimizer extends PyObject {
  constructor(
    type: PyType,
    readonly optimizer: AnyOptimizer,
    /** Per group, the Python value of every hyperparameter, in PyTorch's key order. */
    readonly hyper: Hyper[],
  ) {
    super(type, new Map());
  }
}

class PyParamGroup extends PyObject {
  constructor(
    readonly group: optim.ParamGroup,
    readonly hyper: Hyper,
  ) {
    super(paramGroupType);
  }
}

function optimizerOf(obj: PyObject | undefined): PyOptimizer {
  if (obj instanceof PyOptimizer) return obj;
  throw pyError(PyExc.TypeError, `expected an optimizer, not ${obj?.type.name ?? 'None'}`);
}

const paramGroupType: PyType = defineClass({
  name: 'dict',
  module: 'builtins',
  members: {
    __getitem__: method(['self', 'key'], (_ctx, [self, key]) => {
      const g = self as PyParamGroup;
      const k = asString(key, 'key');
      if (k === 'params') return new PyList(g.group.params.map(wrap));
      const v = g.hyper.get(k);
      if (v === undefined) throw new PyBaseException(PyExc.KeyError, [key]);
      return v;
    }),
    __setitem__: method(['self', 'key', 'value'], (_ctx, [self, key, value]) => {
      const g = self as PyParamGroup;
      const k = asString(key, 'key');
      g.hyper.set(k, value);
      Object.assign(g.group, engineOptions(new Map([[k, value]])));
      return None;
    }),
    keys: method(['self'], (_ctx, [self]) => new PyList(['params', ...(self as PyParamGroup).hyper.keys()].map(pyStr))),
    __repr__: method(['self'], async (ctx, [self]) => {
      const g = self as PyParamGroup;
      const parts = [`'params': ${await repr(ctx, new PyList(g.group.params.map(wrap)))}`];
      for (const [k, v] of g.hyper) parts.push(`'${k}': ${await repr(ctx, v)}`);
      return pyStr(`{${parts.join(', ')}}`);
    }),
  },
});

/** PyTorch's Optimizer.__repr__: every group's hyperparameters, sorted by name. */
async function optimizerRepr(ctx: Context, self: PyOptimizer): Promise<string> {
  let text = `${self.optimizer.typeName} (`;
  for (const [i, hyper] of self.hyper.entries()) {
    text += `\nParameter Group ${i}`;
    for (const key of [...hyper.keys()].sort()) text += `\n    ${key}: ${await repr(ctx, hyper.get(key)!)}`;
  }
  return text + '\n)';
}

/** What the engine's optimizers take: the Python hyperparameters as JS numbers, flags and pairs. */
function engineOptions(hyper: Hyper): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of hyper) {
    if (value instanceof PyBool) out[key] = value.bool;
    else if (value instanceof PyInt || value instanceof PyFloat) out[key] = asNumber(value);
    else if (value instanceof PyTuple) out[key] = value.items.map((v) => asNumber(v));
  }
  return out;
}

interface Group {
  tensors: Tensor[];
  options: Hyper;
}

/** `params`: an iterable of tensors, or of dicts {'params': ..., 'lr': ...} (parameter groups). */
async function readGroups(ctx: Context, params: PyObject): Promise<Group[] | Tensor[]> {
  const items = await toArray(ctx, params);
  if (!items.every((item) => item instanceof PyDict) || items.length === 0) return items.map((t) => tensorOf(t, 'params'));
  const groups: Group[] = [];
  for (const d of items as PyDict[]) {
    const options: Hyper = new Map();
    for (const k of d.keys()) if (asString(k, 'key') !== 'params') options.set(asString(k, 'key'), d.get(k)!);
    const tensors = (await toArray(ctx, d.get(pyStr('params')) ?? new PyList([]))).map((t) => tensorOf(t, 'params'));
    groups.push({ tensors, options });
  }
  return groups;
}

type EngineParams = readonly Tensor[] | readonly ({ params: readonly Tensor[] } & Record<string, unknown>)[];

interface OptimizerSpec<Ps extends readonly string[]> {
  name: string;
  /** Constructor parameters, PyTorch's names and order, starting with 'params'. */
  params: Ps;
  /** The Python value of each hyperparameter (the argument, or PyTorch's default), in param_groups key order. */
  defaults: (args: BoundParams<Ps>) => [string, PyObject | undefined, PyObject][];
  build: (params: EngineParams, options: Record<string, unknown>) => AnyOptimizer;
}

function optimizerClass<const Ps extends readonly string[]>(spec: OptimizerSpec<Ps>): PyType {
  const type: PyType = defineClass({
    name: spec.name,
    module: 'torch.optim',
    construct: async (ctx, cls, args, kwargs) => {
      const made = await construct.impl(ctx, args, kwargs);
      made.type = cls;
      return made;
    },
    members: {
      zero_grad: method(['self', 'set_to_none?'], (_ctx, [self, setToNone]) => {
        optimizerOf(self).optimizer.zeroGrad(flag(setToNone, true));
        return None;
      }),
      step: method(['self', 'closure?'], (_ctx, [self]) => {
        engine(() => optimizerOf(self).optimizer.step());
        countStep(self);
        return None;
      }),
      param_groups: getter((_ctx, self) => {
        const o = optimizerOf(self);
        return new PyList(o.optimizer.paramGroups.map((g, i) => new PyParamGroup(g, o.hyper[i]!)));
      }),
      __repr__: method(['self'], async (ctx, [self]) => pyStr(await optimizerRepr(ctx, optimizerOf(self)))),
    },
  });
  const construct = nativeFunction(spec.name, spec.params, async (ctx, args) => {
    const defaults: Hyper = new Map(spec.defaults(args).map(([key, given, fallback]) => [key, given ?? fallback]));
    const read = await readGroups(ctx, (args as unknown as PyObject[])[0]!);
    const groups: Group[] = read.every((g) => 'tensors' in g) ? (read as Group[]) : [{ tensors: read as Tensor[], options: new Map() }];
    const hyper = groups.map((g) => new Map([...defaults, ...g.options]));
    const engineGroups = groups.map((g) => ({ params: g.tensors, ...engineOptions(g.options) }));
    const optimizer = engine(() => spec.build(engineGroups, engineOptions(defaults)));
    return new PyOptimizer(type, optimizer, hyper);
  });
  return type;
}

const adamParams = [
  'params', 'lr?', 'betas?', 'eps?', 'weight_decay?', 'amsgrad?', '*', 'foreach?', 'maximize?', 'capturable?',
  'differentiable?', 'fused?',
] as const;

function adamSpec(name: 'Adam' | 'AdamW', weightDecay: PyObject, build: OptimizerSpec<typeof adamParams>['build']) {
  return {
    name,
    params: adamParams,
    defaults: ([, lr, betas, eps, wd, amsgrad, , foreach, maximize, capturable, differentiable, fused]) => [
      ['lr', lr, pyFloat(0.001)],
      ['betas', betas, pyTuple([pyFloat(0.9), pyFloat(0.999)])],
      ['eps', eps, pyFloat(1e-8)],
      ['weight_decay', wd, weightDecay],
      ['amsgrad', amsgrad, False],
      ['maximize', maximize, False],
      ['foreach', foreach, None],
      ['capturable', capturable, False],
      ['differentiable', differentiable, False],
      ['fused', fused, False],
    ],
    build,
  } satisfies OptimizerSpec<typeof adamParams>;
}

export function loadOptim(): PyModule {
  return defineModule('torch.optim', {
    SGD: optimizerClass({
      name: 'SGD',
      params: ['params', 'lr?', 'momentum?', 'dampening?', 'weight_decay?', 'nesterov?', '*', 'maximize?', 'foreach?', 'differentiable?'],
      defaults: ([, lr, momentum, dampening, wd, nesterov, , maximize, foreach, differentiable]) => [
        ['lr', lr, pyFloat(0.001)],
        ['momentum', momentum, pyInt(0)],
        ['dampening', dampening, pyInt(0)],
        ['weight_decay', wd, pyInt(0)],
        ['nesterov', nesterov, False],
        ['maximize', maximize, False],
        ['foreach', foreach, None],
        ['differentiable', differentiable, False],
      ],
      build: (params, options) => new optim.SGD(params as never, options),
    }),
    Adam: optimizerClass(adamSpec('Adam', pyInt(0), (params, options) => new optim.Adam(params as never, options))),
    AdamW: optimizerClass(adamSpec('AdamW', pyFloat(0.01), (params, options) => new optim.AdamW(params as never, options))),
    RMSprop: optimizerClass({
      name: 'RMSprop',
      params: ['params', 'lr?', 'alpha?', 'eps?', 'weight_decay?', 'momentum?', 'centered?', 'foreach?', 'maximize?', 'differentiable?'],
      defaults: ([, lr, alpha, eps, wd, momentum, centered, foreach, maximize, differentiable]) => [
        ['lr', lr, pyFloat(0.01)],
        ['momentum', momentum, pyInt(0)],
        ['alpha', alpha, pyFloat(0.99)],
        ['eps', eps, pyFloat(1e-8)],
        ['centered', centered, False],
        ['weight_decay', wd, pyInt(0)],
        ['foreach', foreach, None],
        ['maximize', maximize, False],
        ['differentiable', differentiable, False],
      ],
      build: (params, options) => new optim.RMSprop(params as never, options),
    }),
    Adagrad: optimizerClass({
      name: 'Adagrad',
      params: ['params', 'lr?', 'lr_decay?', 'weight_decay?', 'initial_accumulator_value?', 'eps?', 'foreach?', '*', 'maximize?'],
      defaults: ([, lr, lrDecay, wd, initial, eps, foreach, , maximize]) => [
        ['lr', lr, pyFloat(0.01)],
        ['lr_decay', lrDecay, pyInt(0)],
        ['eps', eps, pyFloat(1e-10)],
        ['weight_decay', wd, pyInt(0)],
        ['initial_accumulator_value', initial, pyInt(0)],
        ['foreach', foreach, None],
        ['maximize', maximize, False],
      ],
      build: (params, options) => new optim.Adagrad(params as never, options),
    }),
    lr_scheduler: loadLrScheduler(),
  });
}
