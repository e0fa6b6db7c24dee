// LambdaLR and MultiplicativeLR: the learner's functions of the epoch give each group's lr factor. They are
// Python code, called through the runtime; state_dict() leaves plain functions out (PyTorch cannot pickle them)
// and keeps the `__dict__` of callable objects.

import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyDict, pyDictFrom } from '../../../objects/dict.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyFunction } from '../../../objects/function.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject } from '../../../objects/object.ts';
import { pyStr } from '../../../objects/str.ts';
import { PyTuple } from '../../../objects/tuple.ts';
import { callObject } from '../../../runtime/call.ts';
import { asString } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { method } from '../../../runtime/native.ts';
import { paramGroups } from './paramGroups.ts';
import { attr, currentLrs, numberAttr, schedulerClass, setAttr, stateWithout, times, updateDict } from './scheduler.ts';

async function setLambdas(ctx: Context, self: PyObject, lrLambda: PyObject, optimizer: PyObject): Promise<void> {
  const groups = (await paramGroups(ctx, optimizer)).length;
  setAttr(self, 'optimizer', optimizer);
  if (!(lrLambda instanceof PyList) && !(lrLambda instanceof PyTuple)) {
    setAttr(self, 'lr_lambdas', new PyList(Array.from({ length: groups }, () => lrLambda)));
    return;
  }
  const given = await toArray(ctx, lrLambda);
  if (given.length !== groups) throw pyError(PyExc.ValueError, `Expected ${groups} lr_lambdas, but got ${given.length}`);
  setAttr(self, 'lr_lambdas', new PyList(given));
}

/** `[lmbda(self.last_epoch) for lmbda in self.lr_lambdas]` */
async function factors(ctx: Context, self: PyObject): Promise<PyObject[]> {
  const out: PyObject[] = [];
  for (const fn of await toArray(ctx, attr(self, 'lr_lambdas'))) out.push(await callObject(ctx, fn, [attr(self, 'last_epoch')]));
  return out;
}

const lambdaState = {
  state_dict: method(['self'], async (ctx, [self]) => {
    const state = stateWithout(self, ['optimizer', 'lr_lambdas']);
    const fns = await toArray(ctx, attr(self, 'lr_lambdas'));
    const kept = fns.map((fn) => (fn instanceof PyFunction || fn.dict === null ? None : pyDictFrom([...fn.dict].map(([k, v]) => [pyStr(k), v]))));
    state.set(pyStr('lr_lambdas'), new PyList(kept));
    return state;
  }),
  load_state_dict: method(['self', 'state_dict'], async (ctx, [self, state]) => {
    if (!(state instanceof PyDict)) throw pyError(PyExc.TypeError, `expected a dict, not ${state.type.name}`);
    const key = pyStr('lr_lambdas');
    const saved = state.get(key);
    const rest = pyDictFrom(state.keys().filter((k) => asString(k, 'key') !== 'lr_lambdas').map((k) => [k, state.get(k)!]));
    updateDict(self, rest);
    if (saved === undefined) return None;
    const fns = await toArray(ctx, attr(self, 'lr_lambdas'));
    for (const [i, fnState] of (await toArray(ctx, saved)).entries()) {
      if (fnState === None || !(fnState instanceof PyDict)) continue;
      const target = fns[i]?.dict;
      if (target) for (const k of fnState.keys()) target.set(asString(k, 'key'), fnState.get(k)!);
    }
    return None;
  }),
};

export const LambdaLR = schedulerClass({
  name: 'LambdaLR',
  params: ['lr_lambda'],
  init: (ctx, self, [lrLambda], optimizer) => setLambdas(ctx, self, lrLambda, optimizer),
  getLr: async (ctx, self) => {
    const fs = await factors(ctx, self);
    const baseLrs = await toArray(ctx, attr(self, 'base_lrs'));
    const out: PyObject[] = [];
    for (const [i, f] of fs.entries()) if (i < baseLrs.length) out.push(await times(ctx, baseLrs[i]!, f));
    return out;
  },
  members: lambdaState,
});

export const MultiplicativeLR = schedulerClass({
  name: 'MultiplicativeLR',
  params: ['lr_lambda'],
  init: (ctx, self, [lrLambda], optimizer) => setLambdas(ctx, self, lrLambda, optimizer),
  getLr: async (ctx, self) => {
    const lrs = await currentLrs(ctx, self);
    if (numberAttr(self, 'last_epoch') <= 0) return lrs;
    const fs = await factors(ctx, self);
    const out: PyObject[] = [];
    for (const [i, f] of fs.entries()) if (i < lrs.length) out.push(await times(ctx, lrs[i]!, f));
    return out;
  },
  members: lambdaState,
});
