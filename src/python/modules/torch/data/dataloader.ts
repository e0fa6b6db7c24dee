// torch.utils.data.DataLoader: batches of a dataset, one epoch per iter(). Built as PyTorch 1.13 builds it
// (a SequentialSampler or RandomSampler inside a BatchSampler, samples fetched one index at a time and
// collated), and drawing from the default generator at the same moments, so that the shuffled order and
// every random number the program draws afterwards are the ones real PyTorch gives for the same seed.
//
// Tandem has no worker processes: num_workers > 0 loads in the program's own process, in the order the
// workers' batches would arrive. What differs is only what a dataset's __getitem__ draws at random: PyTorch's
// workers draw from their own generators (seeded base_seed + worker id), Tandem's from the default one.

import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyIterator } from '../../../objects/iterator.ts';
import { False, pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import { PyObject, type PyType } from '../../../objects/object.ts';
import { pyStr } from '../../../objects/str.ts';
import { genericSetAttr, getAttrOrUndefined } from '../../../runtime/attributes.ts';
import { callObject } from '../../../runtime/call.ts';
import { asIndex, asNumber, asString, given } from '../../../runtime/convert.ts';
import { getIterator, nextItem, toArray } from '../../../runtime/iteration.ts';
import { defineClass, method } from '../../../runtime/native.ts';
import { getItem } from '../../../runtime/subscript.ts';
import { isTruthy, length } from '../../../runtime/truth.ts';
import { defaultCollateFunction, defaultConvertFunction } from './collate.ts';
import { drawInt64Seed, generatorArgument } from '../generator.ts';
import { tensorDatasetType } from './dataset.ts';
import { attribute, isPlainInt, setAttributes } from './instance.ts';
import { PyTensor } from '../pyTensor.ts';
import { batchSamplerType, randomSamplerType, sequentialSamplerType } from './sampler.ts';

export class PyDataLoader extends PyObject {
  /** Set once __init__ is done: from then on the sampling attributes are read-only, as in PyTorch. */
  initialized = false;
  /** persistent_workers keeps one iterator for all epochs, which draws its base seed only once. */
  baseSeedDrawn = false;
}

function loaderOf(obj: PyObject | undefined): PyDataLoader {
  if (obj instanceof PyDataLoader) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'DataLoader' object but received a '${obj?.type.name ?? 'None'}'`);
}

const FROZEN = new Set(['batch_size', 'batch_sampler', 'sampler', 'drop_last', 'dataset', 'persistent_workers']);

const PARAMS = [
  'self', 'dataset', 'batch_size?', 'shuffle?', 'sampler?', 'batch_sampler?', 'num_workers?', 'collate_fn?',
  'pin_memory?', 'drop_last?', 'timeout?', 'worker_init_fn?', 'multiprocessing_context?', 'generator?', '*',
  'prefetch_factor?', 'persistent_workers?', 'pin_memory_device?',
] as const;

/** The checks of DataLoader.__init__ on the worker options, with PyTorch's messages, and what Tandem cannot do
 *  without worker processes said plainly. */
async function checkWorkerOptions(
  ctx: Context,
  numWorkers: number,
  options: { timeout: number; prefetchFactor: number; persistent: PyObject; workerInitFn: PyObject; context: PyObject },
): Promise<void> {
  if (numWorkers < 0) {
    throw pyError(PyExc.ValueError, 'num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.');
  }
  if (options.timeout < 0) throw pyError(PyExc.ValueError, 'timeout option should be non-negative');
  if (numWorkers === 0 && options.prefetchFactor !== 2) {
    throw pyError(
      PyExc.ValueError,
      'prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing.',
    );
  }
  if (options.prefetchFactor <= 0) throw pyError(PyExc.AssertionError, '');
  if ((await isTruthy(ctx, options.persistent)) && numWorkers === 0) {
    throw pyError(PyExc.ValueError, 'persistent_workers option needs num_workers > 0');
  }
  if (options.context !== None) {
    if (numWorkers === 0) {
      throw pyError(
        PyExc.ValueError,
        `multiprocessing_context can only be used with multi-process loading (num_workers > 0), but got num_workers=0`,
      );
    }
    throw pyError(PyExc.NotImplementedError, 'DataLoader(multiprocessing_context=...) is not supported in Tandem: there are no worker processes');
  }
  if (options.workerInitFn !== None && numWorkers > 0) {
    throw pyError(PyExc.NotImplementedError, 'DataLoader(worker_init_fn=...) is not supported in Tandem: there are no worker processes');
  }
}

async function initLoader(ctx: Context, self: PyDataLoader, args: readonly (PyObject | undefined)[]): Promise<void> {
  const [dataset, batchSizeArg, shuffleArg, samplerArg, batchSamplerArg, numWorkersArg, collateArg, pinMemory, dropLastArg,
    timeout, workerInitFn, context, generator, , prefetchFactor, persistent, pinMemoryDevice] = args;
  const numWorkers = asIndex(numWorkersArg ?? pyInt(0));
  await checkWorkerOptions(ctx, numWorkers, {
    timeout: asNumber(timeout ?? pyInt(0)),
    prefetchFactor: asIndex(prefetchFactor ?? pyInt(2)),
    persistent: persistent ?? False,
    workerInitFn: workerInitFn ?? None,
    context: context ?? None,
  });
  const shuffle = shuffleArg !== undefined && (await isTruthy(ctx, shuffleArg));
  // batch_size=None (said, not left out) turns batching off.
  let batchSize: PyObject = batchSizeArg ?? pyInt(1);
  let dropLast: PyObject = dropLastArg ?? False;
  let sampler: PyObject = samplerArg ?? None;
  let batchSampler: PyObject = batchSamplerArg ?? None;
  if (sampler !== None && shuffle) throw pyError(PyExc.ValueError, 'sampler option is mutually exclusive with shuffle');
  if (batchSampler !== None) {
    const defaultSize = batchSize !== None && asIndex(batchSize) === 1;
    if (!defaultSize || shuffle || sampler !== None || (await isTruthy(ctx, dropLast))) {
      throw pyError(PyExc.ValueError, 'batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last');
    }
    [batchSize, dropLast] = [None, False];
  } else if (batchSize === None && (await isTruthy(ctx, dropLast))) {
    throw pyError(PyExc.ValueError, 'batch_size=None option disables auto-batching and is mutually exclusive with drop_last');
  }
  if (sampler === None) {
    sampler = shuffle
      ? await callObject(ctx, randomSamplerType, [dataset!], new Map([['generator', generator ?? None]]))
      : await callObject(ctx, sequentialSamplerType, [dataset!]);
  }
  if (batchSize !== None && batchSampler === None) {
    batchSampler = await callObject(ctx, batchSamplerType, [sampler, batchSize, dropLast]);
  }
  const collateFn = given(collateArg) ? collateArg : batchSampler !== None ? defaultCollateFunction : defaultConvertFunction;
  setAttributes(self, {
    dataset: dataset!,
    num_workers: pyInt(numWorkers),
    prefetch_factor: prefetchFactor ?? pyInt(2),
    pin_memory: pinMemory ?? False,
    pin_memory_device: pinMemoryDevice ?? pyStr(''),
    timeout: timeout ?? pyInt(0),
    worker_init_fn: workerInitFn ?? None,
    multiprocessing_context: None,
    batch_size: batchSize,
    drop_last: dropLast,
    sampler,
    batch_sampler: batchSampler,
    generator: generator ?? None,
    collate_fn: collateFn,
    persistent_workers: persistent ?? False,
  });
  self.initialized = true;
}

/** `loader._index_sampler`: the batch sampler when batching, else the sampler. */
async function indexSampler(ctx: Context, self: PyObject): Promise<PyObject> {
  const batchSampler = await attribute(ctx, self, 'batch_sampler');
  return batchSampler !== None ? batchSampler : attribute(ctx, self, 'sampler');
}

/**
 * A batch of a TensorDataset under the default collate, as each tensor's rows at once (`t[indices]`): what
 * stacking the samples one by one gives, without a Python tuple and a tensor per sample (an epoch of 60,000
 * MNIST rows went from seconds to a blink). Anything unusual (a subclass, a custom collate_fn, tensors that
 * require grad, indices out of range) takes PyTorch's own path below.
 */
async function tensorRows(ctx: Context, dataset: PyObject, index: PyObject, collateFn: PyObject): Promise<PyObject | undefined> {
  if (dataset.type !== tensorDatasetType || collateFn !== defaultCollateFunction || !(index instanceof PyList)) return undefined;
  const tensors = await toArray(ctx, await attribute(ctx, dataset, 'tensors'));
  if (tensors.length === 0 || !tensors.every((t) => t instanceof PyTensor && t.tensor.ndim > 0 && !t.tensor.requiresGrad)) return undefined;
  const rows = (tensors[0] as PyTensor).tensor.shape[0];
  if (!index.items.every((i) => isPlainInt(i) && Number(i.value) >= 0 && Number(i.value) < rows)) return undefined;
  const batch: PyObject[] = [];
  for (const t of tensors) batch.push(await getItem(ctx, t, index));
  return new PyList(batch);
}

/** _MapDatasetFetcher.fetch: a batch of indices becomes the list of their samples, then collate_fn's value. */
async function fetch(ctx: Context, dataset: PyObject, index: PyObject, batched: boolean, collateFn: PyObject): Promise<PyObject> {
  if (!batched) return callObject(ctx, collateFn, [await getItem(ctx, dataset, index)]);
  const fast = await tensorRows(ctx, dataset, index, collateFn);
  if (fast !== undefined) return fast;
  const getItems = await getAttrOrUndefined(ctx, dataset, '__getitems__');
  let data: PyObject;
  if (getItems !== undefined && (await isTruthy(ctx, getItems))) {
    data = await callObject(ctx, getItems, [index]);
  } else {
    const samples: PyObject[] = [];
    for (const i of await toArray(ctx, index)) samples.push(await getItem(ctx, dataset, i));
    data = new PyList(samples);
  }
  return callObject(ctx, collateFn, [data]);
}

/** iter(loader): one epoch. */
async function epoch(ctx: Context, self: PyDataLoader): Promise<PyIterator> {
  const dataset = await attribute(ctx, self, 'dataset');
  const batched = (await attribute(ctx, self, 'batch_sampler')) !== None;
  const collateFn = await attribute(ctx, self, 'collate_fn');
  const numWorkers = asIndex(await attribute(ctx, self, 'num_workers'));
  const persistent = numWorkers > 0 && (await isTruthy(ctx, await attribute(ctx, self, 'persistent_workers')));
  const indices = await getIterator(ctx, await indexSampler(ctx, self));
  // _BaseDataLoaderIter's _base_seed, drawn even when nothing is shuffled: it moves the generator on.
  if (!(persistent && self.baseSeedDrawn)) drawInt64Seed(generatorArgument(await attribute(ctx, self, 'generator')));
  self.baseSeedDrawn = true;

  // Worker processes are handed prefetch_factor batches of indices each as the epoch starts, and one more
  // after each batch arrives; asking the sampler at those moments keeps its random draws where PyTorch has them.
  const ahead: PyObject[] = [];
  let exhausted = false;
  const askSampler = async () => {
    const index = exhausted ? undefined : await nextItem(ctx, indices);
    if (index === undefined) exhausted = true;
    else ahead.push(index);
  };
  if (numWorkers > 0) {
    const prefetch = asIndex(await attribute(ctx, self, 'prefetch_factor'));
    for (let i = 0; i < prefetch * numWorkers; i++) await askSampler();
  }
  return new PyIterator(
    numWorkers > 0 ? '_MultiProcessingDataLoaderIter' : '_SingleProcessDataLoaderIter',
    async (ctx2) => {
      if (numWorkers === 0) await askSampler();
      const index = ahead.shift();
      if (index === undefined) return undefined;
      const data = await fetch(ctx2, dataset, index, batched, collateFn);
      if (numWorkers > 0) await askSampler();
      return data;
    },
    [self, dataset, collateFn, indices, ahead],
  );
}

export const dataLoaderType: PyType = defineClass({
  name: 'DataLoader',
  module: 'torch.utils.data.dataloader',
  params: PARAMS.slice(1),
  construct: (_ctx, type) => new PyDataLoader(type, new Map()),
  members: {
    __init__: method(PARAMS, async (ctx, args) => {
      await initLoader(ctx, loaderOf(args[0]), args.slice(1) as (PyObject | undefined)[]);
      return None;
    }),
    __setattr__: method(['self', 'name', 'value'], async (ctx, [self, name, value]) => {
      const loader = loaderOf(self);
      const key = asString(name, 'attribute name');
      if (loader.initialized && FROZEN.has(key)) {
        throw pyError(PyExc.ValueError, `${key} attribute should not be set after ${loader.type.name} is initialized`);
      }
      await genericSetAttr(ctx, loader, key, value);
      return None;
    }),
    __iter__: method(['self'], (ctx, [self]) => epoch(ctx, loaderOf(self))),
    __len__: method(['self'], async (ctx, [self]) => pyInt(await length(ctx, await indexSampler(ctx, loaderOf(self))))),
  },
});
