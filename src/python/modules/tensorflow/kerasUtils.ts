// keras.utils: set_random_seed (Keras' initializers and shuffling, NumPy and Python's random, as Keras seeds all
// three) and to_categorical (one-hot rows, float64 as Keras 3 makes them).

import { fromValues, setKerasSeed } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { pyInt } from '../../objects/int.ts';
import type { PyModule } from '../../objects/module.ts';
import type { PyObject } from '../../objects/object.ts';
import { getAttr } from '../../runtime/attributes.ts';
import { callObject } from '../../runtime/call.ts';
import { asIndex, given } from '../../runtime/convert.ts';
import { defineModule, method } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { arrayLike, wrapArray } from '../numpy/ndarray.ts';
import { globalRandomState } from '../numpy/randomModule.ts';
import { maxOf } from '../extremes.ts';

export const setRandomSeed = method(['seed'], async (ctx, [seed]) => {
  const n = asIndex(seed);
  setKerasSeed(n);
  globalRandomState(ctx).state.seed(n);
  const random = await ctx.importModule('random');
  await callObject(ctx, await getAttr(ctx, random, 'seed'), [pyInt(n)]);
  return None;
});

const toCategorical = method(['x', 'num_classes?'], async (_ctx, [x, numClasses]) => {
  const t = await arrayLike(x, 'int64');
  const labels = Array.from(await t.data());
  // A trailing dim of 1 ((n, 1) labels) is dropped before the classes are added.
  const shape = t.ndim > 1 && t.shape[t.ndim - 1] === 1 ? t.shape.slice(0, -1) : [...t.shape];
  const classes = given(numClasses) ? asIndex(numClasses) : maxOf(labels, -1) + 1;
  const out = new Float64Array(labels.length * classes);
  labels.forEach((label, i) => {
    if (label < 0 || label >= classes) {
      throw pyError(PyExc.IndexError, `index ${label} is out of bounds for axis 1 with size ${classes}`);
    }
    out[i * classes + label] = 1;
  });
  return wrapArray(engine(() => fromValues(out, [...shape, classes], 'float64')));
});

export function loadKerasUtils(): PyModule {
  const attributes: Record<string, PyObject> = { set_random_seed: setRandomSeed, to_categorical: toCategorical };
  return defineModule('keras.utils', attributes);
}
