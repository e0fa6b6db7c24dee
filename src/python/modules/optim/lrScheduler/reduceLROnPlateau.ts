// ReduceLROnPlateau, PyTorch 1.13's: not an _LRScheduler. step(metrics) compares the metric with the best seen so
// far and, after `patience` epochs without improvement (and outside a cooldown), multiplies every group's lr by
// `factor`, never below min_lr. It has no get_last_lr() in 1.13, only `_last_lr`.

import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { pyFloat } from '../../../objects/float.ts';
import { False, pyBool, pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject } from '../../../objects/object.ts';
import { pyStr } from '../../../objects/str.ts';
import { PyTuple } from '../../../objects/tuple.ts';
import { asIndex, asNumber, asString } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { defineClass, getter, method } from '../../../runtime/native.ts';
import { binaryOp } from '../../../runtime/operators.ts';
import { isTruthy } from '../../../runtime/truth.ts';
import { toFloat } from '../../../builtins/numbers.ts';
import { warn } from '../../warnings.ts';
import { checkOptimizer, groupValue, groupValues, paramGroups, setGroupValue } from './paramGroups.ts';
import { attr, dictState, EPOCH_DEPRECATION_WARNING, lrMessage, MODULE, numberAttr, PyLRScheduler, setAttr, updateDict } from './scheduler.ts';

/** _init_is_better: checks mode and threshold_mode and sets the worst value a metric can have. */
function initIsBetter(self: PyObject, mode: PyObject, threshold: PyObject, thresholdMode: PyObject): void {
  const m = asString(mode, 'mode');
  const tm = asString(thresholdMode, 'threshold_mode');
  if (m !== 'min' && m !== 'max') throw pyError(PyExc.ValueError, `mode ${m} is unknown!`);
  if (tm !== 'rel' && tm !== 'abs') throw pyError(PyExc.ValueError, `threshold mode ${tm} is unknown!`);
  setAttr(self, 'mode_worse', pyFloat(m === 'min' ? Infinity : -Infinity));
  setAttr(self, 'mode', mode);
  setAttr(self, 'threshold', threshold);
  setAttr(self, 'threshold_mode', thresholdMode);
}

function isBetter(self: PyObject, a: number, best: number): boolean {
  const threshold = numberAttr(self, 'threshold');
  const rel = asString(attr(self, 'threshold_mode')) === 'rel';
  if (asString(attr(self, 'mode')) === 'min') return rel ? a < best * (1 - threshold) : a < best - threshold;
  return rel ? a > best * (threshold + 1) : a > best + threshold;
}

function reset(self: PyObject): void {
  setAttr(self, 'best', attr(self, 'mode_worse'));
  setAttr(self, 'cooldown_counter', pyInt(0));
  setAttr(self, 'num_bad_epochs', pyInt(0));
}

async function reduceLr(ctx: Context, self: PyObject, epoch: PyObject): Promise<void> {
  const minLrs = await toArray(ctx, attr(self, 'min_lrs'));
  for (const [i, group] of (await paramGroups(ctx, attr(self, 'optimizer'))).entries()) {
    const oldLr = await toFloat(ctx, await groupValue(ctx, group, 'lr'));
    const minLr = minLrs[i]!;
    const reduced = oldLr * numberAttr(self, 'factor');
    // max(old_lr * factor, min_lr): Python's max keeps the first of equals.
    const newLr = asNumber(minLr) > reduced ? minLr : pyFloat(reduced);
    if (oldLr - asNumber(newLr) > numberAttr(self, 'eps')) {
      await setGroupValue(ctx, group, 'lr', newLr);
      if (await isTruthy(ctx, attr(self, 'verbose'))) {
        ctx.host.stdout(`${await lrMessage(ctx, epoch, 'reducing learning rate', i, newLr)}\n`);
      }
    }
  }
}

async function step(ctx: Context, self: PyObject, metrics: PyObject, epoch: PyObject | undefined): Promise<void> {
  const current = await toFloat(ctx, metrics);
  let e: PyObject;
  if (epoch === undefined || epoch === None) e = await binaryOp(ctx, 'Add', attr(self, 'last_epoch'), pyInt(1));
  else {
    warn(ctx, 'UserWarning', EPOCH_DEPRECATION_WARNING);
    e = epoch;
  }
  setAttr(self, 'last_epoch', e);
  if (isBetter(self, current, numberAttr(self, 'best'))) {
    setAttr(self, 'best', pyFloat(current));
    setAttr(self, 'num_bad_epochs', pyInt(0));
  } else {
    setAttr(self, 'num_bad_epochs', pyInt(asIndex(attr(self, 'num_bad_epochs')) + 1));
  }
  if (numberAttr(self, 'cooldown_counter') > 0) {
    setAttr(self, 'cooldown_counter', pyInt(asIndex(attr(self, 'cooldown_counter')) - 1));
    setAttr(self, 'num_bad_epochs', pyInt(0)); // bad epochs in a cooldown do not count
  }
  if (numberAttr(self, 'num_bad_epochs') > numberAttr(self, 'patience')) {
    await reduceLr(ctx, self, e);
    setAttr(self, 'cooldown_counter', attr(self, 'cooldown'));
    setAttr(self, 'num_bad_epochs', pyInt(0));
  }
  setAttr(self, '_last_lr', new PyList(await groupValues(ctx, attr(self, 'optimizer'), 'lr')));
}

const params = [
  'self', 'optimizer', 'mode?', 'factor?', 'patience?', 'threshold?', 'threshold_mode?', 'cooldown?', 'min_lr?', 'eps?', 'verbose?',
] as const;

export const ReduceLROnPlateau = defineClass({
  name: 'ReduceLROnPlateau',
  module: MODULE,
  construct: (_ctx, cls) => new PyLRScheduler(cls),
  params: params.slice(1),
  members: {
    __init__: method(params, async (ctx, [self, optimizer, mode, factor, patience, threshold, thresholdMode, cooldown, minLr, eps, verbose]) => {
      const f = factor ?? pyFloat(0.1);
      if (asNumber(f, 'factor') >= 1.0) throw pyError(PyExc.ValueError, 'Factor should be < 1.0.');
      setAttr(self, 'factor', f);
      await checkOptimizer(ctx, optimizer);
      setAttr(self, 'optimizer', optimizer);
      const groups = (await paramGroups(ctx, optimizer)).length;
      const min = minLr ?? pyInt(0);
      if (min instanceof PyList || min instanceof PyTuple) {
        const given = await toArray(ctx, min);
        if (given.length !== groups) throw pyError(PyExc.ValueError, `expected ${groups} min_lrs, got ${given.length}`);
        setAttr(self, 'min_lrs', new PyList(given));
      } else {
        setAttr(self, 'min_lrs', new PyList(Array.from({ length: groups }, () => min)));
      }
      setAttr(self, 'patience', patience ?? pyInt(10));
      setAttr(self, 'verbose', verbose ?? False);
      setAttr(self, 'cooldown', cooldown ?? pyInt(0));
      setAttr(self, 'cooldown_counter', pyInt(0));
      setAttr(self, 'mode', mode ?? pyStr('min'));
      setAttr(self, 'threshold', threshold ?? pyFloat(1e-4));
      setAttr(self, 'threshold_mode', thresholdMode ?? pyStr('rel'));
      setAttr(self, 'best', None);
      setAttr(self, 'num_bad_epochs', None);
      setAttr(self, 'mode_worse', None);
      setAttr(self, 'eps', eps ?? pyFloat(1e-8));
      setAttr(self, 'last_epoch', pyInt(0));
      initIsBetter(self, attr(self, 'mode'), attr(self, 'threshold'), attr(self, 'threshold_mode'));
      reset(self);
      return None;
    }),
    step: method(['self', 'metrics', 'epoch?'], async (ctx, [self, metrics, epoch]) => {
      await step(ctx, self, metrics, epoch);
      return None;
    }),
    in_cooldown: getter((_ctx, self) => pyBool(numberAttr(self, 'cooldown_counter') > 0)),
    is_better: method(['self', 'a', 'best'], async (ctx, [self, a, best]) => pyBool(isBetter(self, await toFloat(ctx, a), await toFloat(ctx, best)))),
    state_dict: dictState.state_dict,
    load_state_dict: method(['self', 'state_dict'], (_ctx, [self, state]) => {
      updateDict(self, state);
      initIsBetter(self, attr(self, 'mode'), attr(self, 'threshold'), attr(self, 'threshold_mode'));
      return None;
    }),
  },
});
