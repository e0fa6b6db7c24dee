// sklearn.datasets.load_digits: the 8x8 handwritten digits lessons train on, as NumPy arrays (data float64,
// target int64), in a Bunch that answers both digits.data and digits['data']. The pixels live in
// public/data/digits.bin, read only when a program asks for them.

import { fromValues } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyBaseException, PyExc, pyError } from '../../objects/exception.ts';
import { PyList } from '../../objects/list.ts';
import type { PyModule } from '../../objects/module.ts';
import { PyObject, type PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { pyTuple } from '../../objects/tuple.ts';
import { asString } from '../../runtime/convert.ts';
import { defineClass, defineModule, method } from '../../runtime/native.ts';
import { DataFileError, readDataFile } from '../dataFiles.ts';
import { engine } from '../engineErrors.ts';
import { wrapArray } from '../numpy/ndarrayClass.ts';
import { flag, indexOr } from '../torch/args.ts';

/** scikit-learn's Bunch: a dict whose keys are also attributes. */
export const bunchType: PyType = defineClass({
  name: 'Bunch',
  module: 'sklearn.utils',
  members: {
    __getitem__: method(['self', 'key'], (_ctx, [self, key]) => {
      const value = self!.dict!.get(asString(key, 'key'));
      if (value === undefined) throw new PyBaseException(PyExc.KeyError, [key]);
      return value;
    }),
    keys: method(['self'], (_ctx, [self]) => new PyList([...self!.dict!.keys()].map(pyStr))),
  },
});

function bunch(entries: Record<string, PyObject>): PyObject {
  return new PyObject(bunchType, new Map(Object.entries(entries)));
}

const DESCR = `.. _digits_dataset:

Optical recognition of handwritten digits dataset
--------------------------------------------------

1797 images of 8x8 pixels, each pixel an integer from 0 (no ink) to 16, and the digit (0-9) each one shows.
From the UCI Machine Learning Repository (CC BY 4.0), as scikit-learn ships it.`;

/** digits.bin: 64 pixel bytes per image, then one label byte per image (tests/oracle/digits_data.py). */
async function readDigits(): Promise<{ pixels: Uint8Array; labels: Uint8Array; count: number }> {
  let bytes: Uint8Array;
  try {
    bytes = await readDataFile('digits.bin');
  } catch (e) {
    if (e instanceof DataFileError) throw pyError(PyExc.OSError, `the digits data is unavailable: ${e.message}`);
    throw e;
  }
  const count = bytes.length / 65;
  return { pixels: bytes.subarray(0, count * 64), labels: bytes.subarray(count * 64), count };
}

const loadDigits = method(['*', 'n_class?', 'return_X_y?', 'as_frame?'], async (_ctx, [, nClass, returnXY, asFrame]) => {
  if (flag(asFrame, false)) throw pyError(PyExc.NotImplementedError, 'as_frame=True needs pandas, which Tandem does not have');
  const digits = await readDigits();
  const classes = indexOr(nClass, 10);
  const keep = Array.from({ length: digits.count }, (_, i) => i).filter((i) => digits.labels[i]! < classes);
  const pixels: number[] = [];
  for (const i of keep) for (let p = 0; p < 64; p++) pixels.push(digits.pixels[i * 64 + p]!);
  const n = keep.length;
  const data = engine(() => fromValues(pixels, [n, 64], 'float64'));
  const target = engine(() => fromValues(keep.map((i) => digits.labels[i]!), [n], 'int64'));
  if (flag(returnXY, false)) return pyTuple([wrapArray(data), wrapArray(target)]);
  return bunch({
    data: wrapArray(data),
    target: wrapArray(target),
    frame: None,
    feature_names: new PyList(Array.from({ length: 64 }, (_, p) => pyStr(`pixel_${Math.floor(p / 8)}_${p % 8}`))),
    target_names: wrapArray(engine(() => fromValues(Array.from({ length: classes }, (_, k) => k), [classes], 'int64'))),
    images: wrapArray(engine(() => fromValues(pixels, [n, 8, 8], 'float64'))),
    DESCR: pyStr(DESCR),
  });
});

export function loadSklearnDatasets(): PyModule {
  return defineModule('sklearn.datasets', { load_digits: loadDigits });
}
