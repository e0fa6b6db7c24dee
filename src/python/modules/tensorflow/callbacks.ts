// keras.callbacks: Callback (which learners subclass), EarlyStopping, LambdaCallback and History, and the
// adapter that lets fit() call them. The engine's fit calls on_train_begin, on_epoch_end (after the epoch's
// progress line) and on_train_end; `self.model.stop_training = True` ends training after the epoch.

import { keras } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import type { Context, Kwargs } from '../../objects/context.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyFloat } from '../../objects/float.ts';
import { pyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { getAttr } from '../../runtime/attributes.ts';
import { callObject } from '../../runtime/call.ts';
import { asIndex, asNumber, asString, given } from '../../runtime/convert.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { flag } from '../torch/args.ts';

/** Any keras.callbacks.Callback, including a learner's subclass (its attributes live in the instance dict). */
export class PyCallback extends PyObject {
  constructor(type: PyType) {
    super(type, new Map());
  }
}

class PyEarlyStopping extends PyCallback {
  constructor(
    type: PyType,
    readonly callback: keras.EarlyStopping,
  ) {
    super(type);
  }
}

/** keras.callbacks.History: fit fills `history`, `epoch` and `params`. */
export class PyHistory extends PyCallback {}

const noOp = method(['self', '*args', '**kwargs'], () => None);

export const callbackType: PyType = defineClass({
  name: 'Callback',
  module: 'keras.src.callbacks.callback',
  construct: (_ctx, type) => new PyCallback(type),
  members: {
    __init__: method(['self', '*args', '**kwargs'], (_ctx, [self]) => {
      self!.dict!.set('model', None);
      self!.dict!.set('params', new PyDict());
      return None;
    }),
    set_model: method(['self', 'model'], (_ctx, [self, model]) => {
      self!.dict!.set('model', model);
      return None;
    }),
    set_params: method(['self', 'params'], (_ctx, [self, params]) => {
      self!.dict!.set('params', params);
      return None;
    }),
    on_train_begin: noOp,
    on_train_end: noOp,
    on_epoch_begin: noOp,
    on_epoch_end: noOp,
    on_train_batch_begin: noOp,
    on_train_batch_end: noOp,
  },
});

export const historyType: PyType = defineClass({
  name: 'History',
  module: 'keras.src.callbacks.history',
  bases: [callbackType],
  construct: (_ctx, type) => {
    const h = new PyHistory(type);
    h.dict!.set('history', new PyDict());
    h.dict!.set('epoch', new PyList([]));
    h.dict!.set('params', new PyDict());
    return h;
  },
  members: { __init__: method(['self', '*args', '**kwargs'], () => None) },
});

/** Writes a finished fit's record into a History object, as Keras' History callback keeps it. */
export function fillHistory(target: PyHistory, h: keras.History, model: PyObject): PyHistory {
  const history = new PyDict();
  for (const [key, values] of Object.entries(h.history)) history.set(pyStr(key), new PyList(values.map(pyFloat)));
  const params = new PyDict();
  for (const [key, value] of Object.entries(h.params)) params.set(pyStr(key), pyInt(value));
  target.dict!.set('history', history);
  target.dict!.set('epoch', new PyList(h.epoch.map((e) => pyInt(e))));
  target.dict!.set('params', params);
  target.dict!.set('model', model);
  return target;
}

const EARLY_STOPPING_OPTIONS = ['monitor', 'min_delta', 'patience', 'verbose', 'mode', 'baseline', 'restore_best_weights', 'start_from_epoch'];

function earlyStoppingOptions(args: PyObject[], kwargs: Kwargs): keras.EarlyStoppingOptions {
  const named = new Map(kwargs);
  args.forEach((value, i) => {
    const key = EARLY_STOPPING_OPTIONS[i];
    if (key === undefined) throw pyError(PyExc.TypeError, `EarlyStopping() takes at most ${EARLY_STOPPING_OPTIONS.length} arguments`);
    named.set(key, value);
  });
  for (const key of named.keys()) {
    if (!EARLY_STOPPING_OPTIONS.includes(key)) throw pyError(PyExc.TypeError, `EarlyStopping.__init__() got an unexpected keyword argument '${key}'`);
  }
  const read = <T>(key: string, convert: (v: PyObject) => T): T | undefined => {
    const v = named.get(key);
    return given(v) ? convert(v) : undefined;
  };
  const baseline = named.get('baseline');
  return {
    monitor: read('monitor', (v) => asString(v, 'monitor')),
    minDelta: read('min_delta', (v) => asNumber(v)),
    patience: read('patience', (v) => asIndex(v)),
    verbose: read('verbose', (v) => asIndex(v)),
    mode: read('mode', (v) => asString(v, 'mode')),
    baseline: given(baseline) ? asNumber(baseline) : null,
    restoreBestWeights: read('restore_best_weights', (v) => flag(v, false)),
    startFromEpoch: read('start_from_epoch', (v) => asIndex(v)),
  };
}

const earlyStoppingOf = (obj: PyObject) => (obj as PyEarlyStopping).callback;

export const earlyStoppingType: PyType = defineClass({
  name: 'EarlyStopping',
  module: 'keras.src.callbacks.early_stopping',
  bases: [callbackType],
  construct: (_ctx, type, args, kwargs) => new PyEarlyStopping(type, engine(() => new keras.EarlyStopping(earlyStoppingOptions(args, kwargs)))),
  members: {
    __init__: method(['self', '*args', '**kwargs'], () => None),
    monitor: getter((_ctx, self) => pyStr(earlyStoppingOf(self).monitor)),
    patience: getter((_ctx, self) => pyInt(earlyStoppingOf(self).patience)),
    wait: getter((_ctx, self) => pyInt(earlyStoppingOf(self).wait)),
    stopped_epoch: getter((_ctx, self) => pyInt(earlyStoppingOf(self).stoppedEpoch)),
    best: getter((_ctx, self) => pyFloat(earlyStoppingOf(self).best)),
    best_epoch: getter((_ctx, self) => pyInt(earlyStoppingOf(self).bestEpoch)),
  },
});

const LAMBDA_HOOKS = ['on_epoch_begin', 'on_epoch_end', 'on_batch_begin', 'on_batch_end', 'on_train_begin', 'on_train_end'];

/** LambdaCallback(on_epoch_end=lambda epoch, logs: ...): each hook takes the arguments minus self. */
export const lambdaCallbackType: PyType = defineClass({
  name: 'LambdaCallback',
  module: 'keras.src.callbacks.lambda_callback',
  bases: [callbackType],
  construct: (_ctx, type, args, kwargs) => {
    const cb = new PyCallback(type);
    const hooks = new Map(kwargs);
    args.forEach((f, i) => hooks.set(LAMBDA_HOOKS[i] ?? '', f));
    for (const [key, f] of hooks) {
      if (!LAMBDA_HOOKS.includes(key)) throw pyError(PyExc.TypeError, `LambdaCallback.__init__() got an unexpected keyword argument '${key}'`);
      if (f !== None) cb.dict!.set(key, f);
    }
    return cb;
  },
  members: { __init__: method(['self', '*args', '**kwargs'], () => None) },
});

/** The logs dict a Python callback receives: Python floats by name. */
function logsDict(logs: Readonly<Record<string, number>>): PyDict {
  const d = new PyDict();
  for (const [key, value] of Object.entries(logs)) d.set(pyStr(key), pyFloat(value));
  return d;
}

/** A Python callback as the engine's fit sees it: each hook calls the Python method of the same name. */
function adapt(ctx: Context, cb: PyCallback, model: PyObject): keras.KerasCallback {
  const call = async (name: string, args: PyObject[]) => {
    await callObject(ctx, await getAttr(ctx, cb, name), args);
  };
  return {
    onTrainBegin: async () => {
      await call('set_model', [model]);
      await call('on_train_begin', [new PyDict()]);
    },
    onEpochEnd: (epoch, logs) => call('on_epoch_end', [pyInt(epoch), logsDict(logs)]),
    onTrainEnd: () => call('on_train_end', [new PyDict()]),
  };
}

export interface FitCallbacks {
  callbacks: keras.KerasCallback[];
  /** The History the learner passed in, which fit fills and returns (Keras adds its own otherwise). */
  history: PyHistory | null;
}

/** fit(callbacks=[...]): EarlyStopping runs as the engine's own; other callbacks through Python. */
export function fitCallbacks(ctx: Context, items: PyObject[], model: PyObject): FitCallbacks {
  const out: FitCallbacks = { callbacks: [], history: null };
  for (const item of items) {
    if (item instanceof PyEarlyStopping) out.callbacks.push(item.callback);
    else if (item instanceof PyHistory) out.history = item;
    else if (item instanceof PyCallback) out.callbacks.push(adapt(ctx, item, model));
    else throw pyError(PyExc.TypeError, `callbacks must be keras.callbacks.Callback instances; got ${item.type.name}`);
  }
  return out;
}

export function kerasCallbacks(): Record<string, PyObject> {
  return { Callback: callbackType, EarlyStopping: earlyStoppingType, LambdaCallback: lambdaCallbackType, History: historyType };
}
