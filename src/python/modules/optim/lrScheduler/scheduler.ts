// torch.optim.lr_scheduler._LRScheduler, PyTorch 1.13's base class: it records each group's `initial_lr`, makes the
// initial step at construction, and on step() writes get_lr()'s values into the optimizer's param groups, which is
// how the optimizer's next step() uses them. Its state lives in the instance `__dict__`, as in PyTorch, so
// attributes (`last_epoch`, `base_lrs`, `gamma`), state_dict() and load_state_dict() behave as they do there.

import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyDict, pyDictFrom } from '../../../objects/dict.ts';
import { PyBaseException, PyExc, pyError } from '../../../objects/exception.ts';
import { PyFloat } from '../../../objects/float.ts';
import { False, True, pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import { PyObject, type PyType } from '../../../objects/object.ts';
import { pyStr } from '../../../objects/str.ts';
import { attributeError, getAttrOrUndefined } from '../../../runtime/attributes.ts';
import { callMethod, callObject } from '../../../runtime/call.ts';
import { asIndex, asNumber, asString } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { defineClass, method, type BoundParams } from '../../../runtime/native.ts';
import { binaryOp } from '../../../runtime/operators.ts';
import { isTruthy } from '../../../runtime/truth.ts';
import { formatFloat } from '../../../builtins/formatSpec.ts';
import { percentFormat } from '../../../builtins/percentFormat.ts';
import { warn } from '../../warnings.ts';
import { resetStepCount, stepCount } from '../stepCount.ts';
import { checkOptimizer, groupHas, groupValue, groupValues, paramGroups, setGroupValue } from './paramGroups.ts';

/** A scheduler: any object whose attributes live in its `__dict__`. */
export class PyLRScheduler extends PyObject {
  declare dict: Map<string, PyObject>;

  constructor(type: PyType) {
    super(type, new Map());
  }
}

export const MODULE = 'torch.optim.lr_scheduler';

const ORDER_WARNING =
  'Detected call of `lr_scheduler.step()` before `optimizer.step()`. ' +
  'In PyTorch 1.1.0 and later, you should call them in the opposite order: ' +
  '`optimizer.step()` before `lr_scheduler.step()`.  Failure to do this ' +
  'will result in PyTorch skipping the first value of the learning rate schedule. ' +
  'See more details at ' +
  'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate';

export const EPOCH_DEPRECATION_WARNING =
  'The epoch parameter in `scheduler.step()` was not necessary and is being ' +
  'deprecated where possible. Please use `scheduler.step()` to step the ' +
  'scheduler. During the deprecation, if epoch is different from None, the ' +
  'closed form is used instead of the new chainable form, where available. ' +
  'Please open an issue if you are unable to replicate your use case: ' +
  'https://github.com/pytorch/pytorch/issues/new/choose.';

/** `self.<name>`, from the instance dict where every scheduler keeps its state. */
export function attr(self: PyObject, name: string): PyObject {
  const value = self.dict?.get(name);
  if (value === undefined) throw attributeError(self, name);
  return value;
}

export function numberAttr(self: PyObject, name: string): number {
  return asNumber(attr(self, name), name);
}

export function setAttr(self: PyObject, name: string, value: PyObject): void {
  if (self.dict === null) throw attributeError(self, name);
  self.dict.set(name, value);
}

/** `a * b` with Python's rules (int * int stays an int; a learner's lambda may return any number). */
export function times(ctx: Context, a: PyObject, b: PyObject): Promise<PyObject> {
  return binaryOp(ctx, 'Mult', a, b);
}

/** `[group['lr'] for group in self.optimizer.param_groups]`: what get_lr() returns when the lr stays. */
export function currentLrs(ctx: Context, self: PyObject): Promise<PyObject[]> {
  return groupValues(ctx, attr(self, 'optimizer'), 'lr');
}

/** `[group['lr'] * f for group in self.optimizer.param_groups]` */
export async function scaledLrs(ctx: Context, self: PyObject, factor: PyObject): Promise<PyObject[]> {
  const out: PyObject[] = [];
  for (const lr of await currentLrs(ctx, self)) out.push(await times(ctx, lr, factor));
  return out;
}

/** _LRScheduler.__init__: attaches the optimizer, records base_lrs, and makes the initial step. */
export async function initScheduler(ctx: Context, self: PyObject, optimizer: PyObject, lastEpoch: PyObject | undefined, verbose: PyObject | undefined) {
  await checkOptimizer(ctx, optimizer);
  setAttr(self, 'optimizer', optimizer);
  const last = lastEpoch ?? pyInt(-1);
  const groups = await paramGroups(ctx, optimizer);
  if (asNumber(last, 'last_epoch') === -1) {
    for (const group of groups) {
      if (!(await groupHas(ctx, group, 'initial_lr'))) await setGroupValue(ctx, group, 'initial_lr', await groupValue(ctx, group, 'lr'));
    }
  } else {
    for (const [i, group] of groups.entries()) {
      if (!(await groupHas(ctx, group, 'initial_lr'))) {
        throw new PyBaseException(PyExc.KeyError, [
          pyStr(`param 'initial_lr' is not specified in param_groups[${i}] when resuming an optimizer`),
        ]);
      }
    }
  }
  setAttr(self, 'base_lrs', new PyList(await groupValues(ctx, optimizer, 'initial_lr')));
  setAttr(self, 'last_epoch', last);
  setAttr(self, 'verbose', verbose ?? False);
  // _initial_step
  resetStepCount(optimizer);
  setAttr(self, '_step_count', pyInt(0));
  await callMethod(ctx, self, 'step');
}

async function step(ctx: Context, self: PyObject, epoch: PyObject | undefined): Promise<void> {
  const optimizer = attr(self, 'optimizer');
  const count = asIndex(attr(self, '_step_count'));
  if (count === 1 && stepCount(optimizer) < 1) warn(ctx, 'UserWarning', ORDER_WARNING);
  setAttr(self, '_step_count', pyInt(count + 1));
  setAttr(self, '_get_lr_called_within_step', True);
  let values: PyObject[];
  try {
    if (epoch === undefined || epoch === None) {
      setAttr(self, 'last_epoch', await binaryOp(ctx, 'Add', attr(self, 'last_epoch'), pyInt(1)));
      values = await toArray(ctx, await callMethod(ctx, self, 'get_lr'));
    } else {
      warn(ctx, 'UserWarning', EPOCH_DEPRECATION_WARNING);
      setAttr(self, 'last_epoch', epoch);
      const closedForm = await getAttrOrUndefined(ctx, self, '_get_closed_form_lr');
      values = await toArray(ctx, closedForm !== undefined ? await callObject(ctx, closedForm) : await callMethod(ctx, self, 'get_lr'));
    }
  } finally {
    setAttr(self, '_get_lr_called_within_step', False);
  }
  const groups = await paramGroups(ctx, optimizer);
  for (let i = 0; i < Math.min(groups.length, values.length); i++) {
    await setGroupValue(ctx, groups[i]!, 'lr', values[i]!);
    await callMethod(ctx, self, 'print_lr', [attr(self, 'verbose'), pyInt(i), values[i]!, epoch ?? None]);
  }
  setAttr(self, '_last_lr', new PyList(await groupValues(ctx, optimizer, 'lr')));
}

/** PyTorch's verbose line, 'Epoch 00003: adjusting learning rate of group 0 to 1.0000e-02.' */
export async function lrMessage(ctx: Context, epoch: PyObject, action: string, group: number, lr: PyObject): Promise<string> {
  const value = formatFloat(asNumber(lr, 'lr'), '.4e');
  if (epoch === None) return `${action[0]!.toUpperCase()}${action.slice(1)} of group ${group} to ${value}.`;
  const epochText = await percentFormat(ctx, epoch instanceof PyFloat ? '%.2f' : '%.5d', epoch);
  return `Epoch ${epochText}: ${action} of group ${group} to ${value}.`;
}

/** Members state_dict()/load_state_dict() for a scheduler whose state is its `__dict__` minus the optimizer. */
export const dictState = {
  state_dict: method(['self'], (_ctx, [self]) => stateWithout(self, ['optimizer'])),
  load_state_dict: method(['self', 'state_dict'], (_ctx, [self, state]) => {
    updateDict(self, state);
    return None;
  }),
};

/** `{key: value for key, value in self.__dict__.items() if key not in left_out}` */
export function stateWithout(self: PyObject, leftOut: readonly string[]): PyDict {
  return pyDictFrom([...(self.dict ?? [])].filter(([key]) => !leftOut.includes(key)).map(([key, value]) => [pyStr(key), value]));
}

/** `self.__dict__.update(state_dict)` */
export function updateDict(self: PyObject, state: PyObject): void {
  if (!(state instanceof PyDict)) throw pyError(PyExc.TypeError, `expected a dict, not ${state.type.name}`);
  for (const key of state.keys()) setAttr(self, asString(key, 'key'), state.get(key)!);
}

/** get_lr() outside step() warns, as PyTorch's does: the chainable form moves the lr on again. */
export function chainableGetLr(getLr: (ctx: Context, self: PyObject) => Promise<PyObject[]>) {
  return method(['self'], async (ctx, [self]) => {
    if (!(await isTruthy(ctx, self.dict?.get('_get_lr_called_within_step') ?? False))) {
      warn(ctx, 'UserWarning', 'To get the last learning rate computed by the scheduler, please use `get_last_lr()`.');
    }
    return new PyList(await getLr(ctx, self));
  });
}

export const lrSchedulerBase: PyType = defineClass({
  name: '_LRScheduler',
  module: MODULE,
  construct: (_ctx, cls) => new PyLRScheduler(cls),
  members: {
    __init__: method(['self', 'optimizer', 'last_epoch?', 'verbose?'], async (ctx, [self, optimizer, lastEpoch, verbose]) => {
      await initScheduler(ctx, self, optimizer, lastEpoch, verbose);
      return None;
    }),
    step: method(['self', 'epoch?'], async (ctx, [self, epoch]) => {
      await step(ctx, self, epoch);
      return None;
    }),
    get_last_lr: method(['self'], (_ctx, [self]) => attr(self, '_last_lr')),
    get_lr: method(['self'], () => {
      throw pyError(PyExc.NotImplementedError, '');
    }),
    print_lr: method(['self', 'is_verbose', 'group', 'lr', 'epoch?'], async (ctx, [, isVerbose, group, lr, epoch]) => {
      if (await isTruthy(ctx, isVerbose)) ctx.host.stdout(`${await lrMessage(ctx, epoch ?? None, 'adjusting learning rate', asIndex(group), lr)}\n`);
      return None;
    }),
    ...dictState,
  },
});

export interface ScheduleSpec<Ps extends readonly string[]> {
  name: string;
  /** The constructor's own parameters, between `optimizer` and `last_epoch=-1, verbose=False`. */
  params: Ps;
  /** Validates the arguments and sets the schedule's attributes, before _LRScheduler.__init__ runs. */
  init: (ctx: Context, self: PyObject, args: BoundParams<Ps>, optimizer: PyObject) => void | Promise<void>;
  /** PyTorch's chainable get_lr(): each group's next lr, mostly from its current one. */
  getLr: (ctx: Context, self: PyObject) => Promise<PyObject[]>;
  /** What step(epoch) uses: the lr as a function of last_epoch alone. */
  closedForm?: (ctx: Context, self: PyObject) => Promise<PyObject[]>;
  members?: Record<string, PyObject>;
}

/** A subclass of _LRScheduler from its schedule. */
export function schedulerClass<const Ps extends readonly string[]>(spec: ScheduleSpec<Ps>): PyType {
  const closedForm = spec.closedForm;
  return defineClass({
    name: spec.name,
    module: MODULE,
    bases: [lrSchedulerBase],
    params: ['optimizer', ...spec.params, 'last_epoch?', 'verbose?'],
    members: {
      __init__: method(['self', 'optimizer', ...spec.params, 'last_epoch?', 'verbose?'], async (ctx, args) => {
        const [self, optimizer] = args as unknown as [PyObject, PyObject];
        const own = args.slice(2, 2 + spec.params.length) as unknown as BoundParams<Ps>;
        const [lastEpoch, verbose] = args.slice(2 + spec.params.length) as (PyObject | undefined)[];
        await spec.init(ctx, self, own, optimizer);
        await initScheduler(ctx, self, optimizer, lastEpoch, verbose);
        return None;
      }),
      get_lr: chainableGetLr(spec.getLr),
      ...(closedForm === undefined ? {} : { _get_closed_form_lr: method(['self'], async (ctx, [self]) => new PyList(await closedForm(ctx, self))) }),
      ...spec.members,
    },
  });
}
