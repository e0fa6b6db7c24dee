// The fixed schedules: StepLR, MultiStepLR, ExponentialLR, ConstantLR, LinearLR and CosineAnnealingLR, each in
// PyTorch 1.13's chainable form (the next lr from the current one, so the floats come out as PyTorch's do) and
// its closed form (what the deprecated step(epoch) uses).

import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyDict } from '../../../objects/dict.ts';
import { pyFloat } from '../../../objects/float.ts';
import { pyInt } from '../../../objects/int.ts';
import type { PyObject } from '../../../objects/object.ts';
import type { Context } from '../../../objects/context.ts';
import { callObject } from '../../../runtime/call.ts';
import { asIndex, asNumber } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { floatMod } from '../../../runtime/numbers.ts';
import { binaryOp } from '../../../runtime/operators.ts';
import { counterType } from '../../../stdlib/collections/counter.ts';
import { attr, currentLrs, numberAttr, scaledLrs, schedulerClass, setAttr, times } from './scheduler.ts';

/** `[f(base_lr) for base_lr in self.base_lrs]` */
async function fromBaseLrs(ctx: Context, self: PyObject, f: (baseLr: PyObject) => Promise<PyObject>): Promise<PyObject[]> {
  const out: PyObject[] = [];
  for (const baseLr of await toArray(ctx, attr(self, 'base_lrs'))) out.push(await f(baseLr));
  return out;
}

function checkFactor(value: number, what: string): void {
  if (value > 1.0 || value < 0) throw pyError(PyExc.ValueError, `${what} expected to be between 0 and 1.`);
}

function floatDivision(numerator: number, denominator: number): number {
  if (denominator === 0) throw pyError(PyExc.ZeroDivisionError, 'float division by zero');
  return numerator / denominator;
}

export const StepLR = schedulerClass({
  name: 'StepLR',
  params: ['step_size', 'gamma?'],
  init: (_ctx, self, [stepSize, gamma]) => {
    setAttr(self, 'step_size', stepSize);
    setAttr(self, 'gamma', gamma ?? pyFloat(0.1));
  },
  getLr: async (ctx, self) => {
    const epoch = numberAttr(self, 'last_epoch');
    if (epoch === 0 || floatMod(epoch, numberAttr(self, 'step_size')) !== 0) return currentLrs(ctx, self);
    return scaledLrs(ctx, self, attr(self, 'gamma'));
  },
  closedForm: async (ctx, self) => {
    const periods = await binaryOp(ctx, 'FloorDiv', attr(self, 'last_epoch'), attr(self, 'step_size'));
    const decay = await binaryOp(ctx, 'Pow', attr(self, 'gamma'), periods);
    return fromBaseLrs(ctx, self, (baseLr) => times(ctx, baseLr, decay));
  },
});

/** How many times each milestone was given: PyTorch keeps them as a Counter, so a repeated one decays twice. */
function milestoneCount(self: PyObject, epoch: PyObject): number {
  const count = (attr(self, 'milestones') as PyDict).get(epoch);
  return count === undefined ? 0 : asIndex(count);
}

export const MultiStepLR = schedulerClass({
  name: 'MultiStepLR',
  params: ['milestones', 'gamma?'],
  init: async (ctx, self, [milestones, gamma]) => {
    setAttr(self, 'milestones', await callObject(ctx, counterType, [milestones]));
    setAttr(self, 'gamma', gamma ?? pyFloat(0.1));
  },
  getLr: async (ctx, self) => {
    const count = milestoneCount(self, attr(self, 'last_epoch'));
    if (count === 0) return currentLrs(ctx, self);
    return scaledLrs(ctx, self, await binaryOp(ctx, 'Pow', attr(self, 'gamma'), pyInt(count)));
  },
  closedForm: async (ctx, self) => {
    // gamma ** bisect_right(sorted milestones, last_epoch): the milestones passed so far, repeats counted.
    const epoch = numberAttr(self, 'last_epoch');
    const milestones = attr(self, 'milestones') as PyDict;
    let passed = 0;
    for (const m of milestones.keys()) if (asNumber(m) <= epoch) passed += milestoneCount(self, m);
    const decay = await binaryOp(ctx, 'Pow', attr(self, 'gamma'), pyInt(passed));
    return fromBaseLrs(ctx, self, (baseLr) => times(ctx, baseLr, decay));
  },
});

export const ExponentialLR = schedulerClass({
  name: 'ExponentialLR',
  params: ['gamma'],
  init: (_ctx, self, [gamma]) => setAttr(self, 'gamma', gamma),
  getLr: async (ctx, self) => {
    if (numberAttr(self, 'last_epoch') === 0) return currentLrs(ctx, self);
    return scaledLrs(ctx, self, attr(self, 'gamma'));
  },
  closedForm: async (ctx, self) => {
    const decay = await binaryOp(ctx, 'Pow', attr(self, 'gamma'), attr(self, 'last_epoch'));
    return fromBaseLrs(ctx, self, (baseLr) => times(ctx, baseLr, decay));
  },
});

export const ConstantLR = schedulerClass({
  name: 'ConstantLR',
  params: ['factor?', 'total_iters?'],
  init: (_ctx, self, [factor, totalIters]) => {
    const f = factor ?? pyFloat(1.0 / 3);
    checkFactor(asNumber(f), 'Constant multiplicative factor');
    setAttr(self, 'factor', f);
    setAttr(self, 'total_iters', totalIters ?? pyInt(5));
  },
  getLr: async (ctx, self) => {
    const epoch = numberAttr(self, 'last_epoch');
    if (epoch === 0) return scaledLrs(ctx, self, attr(self, 'factor'));
    if (epoch !== numberAttr(self, 'total_iters')) return currentLrs(ctx, self);
    return scaledLrs(ctx, self, await binaryOp(ctx, 'Div', pyFloat(1.0), attr(self, 'factor')));
  },
  closedForm: async (ctx, self) => {
    const factor = numberAttr(self, 'factor');
    const reached = numberAttr(self, 'last_epoch') >= numberAttr(self, 'total_iters') ? 1 : 0;
    return fromBaseLrs(ctx, self, (baseLr) => times(ctx, baseLr, pyFloat(factor + reached * (1 - factor))));
  },
});

export const LinearLR = schedulerClass({
  name: 'LinearLR',
  params: ['start_factor?', 'end_factor?', 'total_iters?'],
  init: (_ctx, self, [startFactor, endFactor, totalIters]) => {
    const start = startFactor ?? pyFloat(1.0 / 3);
    const end = endFactor ?? pyFloat(1.0);
    checkFactor(asNumber(start), 'Starting multiplicative factor');
    checkFactor(asNumber(end), 'Ending multiplicative factor');
    setAttr(self, 'start_factor', start);
    setAttr(self, 'end_factor', end);
    setAttr(self, 'total_iters', totalIters ?? pyInt(5));
  },
  getLr: async (ctx, self) => {
    const epoch = numberAttr(self, 'last_epoch');
    if (epoch === 0) return scaledLrs(ctx, self, attr(self, 'start_factor'));
    const [start, end, total] = [numberAttr(self, 'start_factor'), numberAttr(self, 'end_factor'), numberAttr(self, 'total_iters')];
    if (epoch > total) return currentLrs(ctx, self);
    return scaledLrs(ctx, self, pyFloat(1 + floatDivision(end - start, total * start + (epoch - 1) * (end - start))));
  },
  closedForm: async (ctx, self) => {
    const epoch = numberAttr(self, 'last_epoch');
    const [start, end, total] = [numberAttr(self, 'start_factor'), numberAttr(self, 'end_factor'), numberAttr(self, 'total_iters')];
    const factor = start + floatDivision((end - start) * Math.min(total, epoch), total);
    return fromBaseLrs(ctx, self, (baseLr) => times(ctx, baseLr, pyFloat(factor)));
  },
});

export const CosineAnnealingLR = schedulerClass({
  name: 'CosineAnnealingLR',
  params: ['T_max', 'eta_min?'],
  init: (_ctx, self, [tMax, etaMin]) => {
    setAttr(self, 'T_max', tMax);
    setAttr(self, 'eta_min', etaMin ?? pyInt(0));
  },
  // PyTorch's recursive form: each lr from the previous one, with a step up at every restart of the cosine.
  getLr: async (ctx, self) => {
    const epoch = numberAttr(self, 'last_epoch');
    const tMax = numberAttr(self, 'T_max');
    const etaMin = numberAttr(self, 'eta_min');
    if (epoch === 0) return currentLrs(ctx, self);
    const lrs = (await currentLrs(ctx, self)).map((lr) => asNumber(lr, 'lr'));
    const baseLrs = (await toArray(ctx, attr(self, 'base_lrs'))).map((lr) => asNumber(lr, 'lr'));
    if (numberAttr(self, '_step_count') === 1 && epoch > 0) {
      return baseLrs.map((b) => pyFloat(etaMin + ((b - etaMin) * (1 + Math.cos((epoch * Math.PI) / tMax))) / 2));
    }
    if (floatMod(epoch - 1 - tMax, 2 * tMax) === 0) {
      return lrs.map((lr, i) => pyFloat(lr + ((baseLrs[i]! - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2));
    }
    const ratio = (1 + Math.cos((Math.PI * epoch) / tMax)) / (1 + Math.cos((Math.PI * (epoch - 1)) / tMax));
    return lrs.map((lr) => pyFloat(ratio * (lr - etaMin) + etaMin));
  },
  closedForm: async (ctx, self) => {
    const [epoch, tMax, etaMin] = [numberAttr(self, 'last_epoch'), numberAttr(self, 'T_max'), numberAttr(self, 'eta_min')];
    return fromBaseLrs(ctx, self, async (b) => pyFloat(etaMin + ((asNumber(b) - etaMin) * (1 + Math.cos((Math.PI * epoch) / tMax))) / 2));
  },
});
