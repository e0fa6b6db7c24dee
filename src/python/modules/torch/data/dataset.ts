// The map-style datasets of torch.utils.data.dataset: Dataset (what learners subclass with __len__ and
// __getitem__), TensorDataset (samples are rows of tensors), Subset (a dataset seen through a list of
// indices) and ConcatDataset (datasets one after another, what `ds1 + ds2` makes).

import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject, PyType } from '../../../objects/object.ts';
import { pyTuple } from '../../../objects/tuple.ts';
import { getAttr } from '../../../runtime/attributes.ts';
import { callObject } from '../../../runtime/call.ts';
import { asIndex } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { defineClass, method } from '../../../runtime/native.ts';
import { pyEquals } from '../../../runtime/operators.ts';
import { getItem } from '../../../runtime/subscript.ts';
import { length } from '../../../runtime/truth.ts';
import { attribute, plainInstance, setAttributes } from './instance.ts';

const MODULE = 'torch.utils.data.dataset';

export const datasetType: PyType = defineClass({
  name: 'Dataset',
  module: MODULE,
  construct: plainInstance,
  members: {
    __getitem__: method(['self', 'index'], () => {
      throw pyError(PyExc.NotImplementedError, '');
    }),
    __add__: method(['self', 'other'], (ctx, [self, other]) => callObject(ctx, concatDatasetType, [new PyList([self!, other])])),
    // `class Digits(Dataset[int])`, as typed PyTorch code writes it.
    __class_getitem__: method(['cls', 'item'], (_ctx, [cls]) => cls!),
  },
});

/** `tensor.size(0)`, asked the way PyTorch asks it, so a non-tensor fails with Python's own error. */
async function firstDim(ctx: Context, t: PyObject): Promise<PyObject> {
  return callObject(ctx, await getAttr(ctx, t, 'size'), [pyInt(0)]);
}

export const tensorDatasetType: PyType = defineClass({
  name: 'TensorDataset',
  module: MODULE,
  bases: [datasetType],
  params: ['*tensors'],
  members: {
    __init__: method(['self', '*tensors'], async (ctx, [self, tensors]) => {
      for (const t of tensors) {
        if (!(await pyEquals(ctx, await firstDim(ctx, tensors[0]!), await firstDim(ctx, t)))) {
          throw pyError(PyExc.AssertionError, 'Size mismatch between tensors');
        }
      }
      setAttributes(self, { tensors: pyTuple(tensors) });
      return None;
    }),
    __getitem__: method(['self', 'index'], async (ctx, [self, index]) => {
      const tensors = await toArray(ctx, await attribute(ctx, self, 'tensors'));
      const row: PyObject[] = [];
      for (const t of tensors) row.push(await getItem(ctx, t, index));
      return pyTuple(row);
    }),
    __len__: method(['self'], async (ctx, [self]) => {
      const first = await getItem(ctx, await attribute(ctx, self, 'tensors'), pyInt(0));
      return firstDim(ctx, first);
    }),
  },
});

export const subsetType: PyType = defineClass({
  name: 'Subset',
  module: MODULE,
  bases: [datasetType],
  params: ['dataset', 'indices'],
  members: {
    __init__: method(['self', 'dataset', 'indices'], (_ctx, [self, dataset, indices]) => {
      setAttributes(self, { dataset, indices });
      return None;
    }),
    __getitem__: method(['self', 'idx'], async (ctx, [self, idx]) => {
      const dataset = await attribute(ctx, self, 'dataset');
      const indices = await attribute(ctx, self, 'indices');
      if (idx instanceof PyList) {
        const picked: PyObject[] = [];
        for (const i of idx.items) picked.push(await getItem(ctx, indices, i));
        return getItem(ctx, dataset, new PyList(picked));
      }
      return getItem(ctx, dataset, await getItem(ctx, indices, idx));
    }),
    __len__: method(['self'], async (ctx, [self]) => pyInt(await length(ctx, await attribute(ctx, self, 'indices')))),
  },
});

async function cumulativeSizes(ctx: Context, self: PyObject | undefined): Promise<number[]> {
  return (await toArray(ctx, await attribute(ctx, self, 'cumulative_sizes'))).map((n) => asIndex(n));
}

export const concatDatasetType: PyType = defineClass({
  name: 'ConcatDataset',
  module: MODULE,
  bases: [datasetType],
  params: ['datasets'],
  members: {
    __init__: method(['self', 'datasets'], async (ctx, [self, datasets]) => {
      const list = await toArray(ctx, datasets);
      if (list.length === 0) throw pyError(PyExc.AssertionError, 'datasets should not be an empty iterable');
      const sizes: PyObject[] = [];
      let total = 0;
      for (const d of list) sizes.push(pyInt((total += await length(ctx, d))));
      setAttributes(self, { datasets: new PyList(list), cumulative_sizes: new PyList(sizes) });
      return None;
    }),
    __len__: method(['self'], async (ctx, [self]) => pyInt((await cumulativeSizes(ctx, self)).at(-1)!)),
    __getitem__: method(['self', 'idx'], async (ctx, [self, idx]) => {
      const sizes = await cumulativeSizes(ctx, self);
      let i = asIndex(idx);
      if (i < 0) {
        if (-i > sizes.at(-1)!) throw pyError(PyExc.ValueError, 'absolute value of index should not exceed dataset length');
        i += sizes.at(-1)!;
      }
      // bisect.bisect_right(cumulative_sizes, i)
      let which = 0;
      while (which < sizes.length && sizes[which]! <= i) which++;
      const sample = which === 0 ? i : i - sizes[which - 1]!;
      const datasets = await attribute(ctx, self, 'datasets');
      return getItem(ctx, await getItem(ctx, datasets, pyInt(which)), pyInt(sample));
    }),
  },
});
