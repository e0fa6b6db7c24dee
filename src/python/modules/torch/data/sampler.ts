// The samplers of torch.utils.data.sampler: which dataset indices an epoch visits, in what order, and how
// they are grouped into batches. PyTorch writes their __iter__ as generator functions, so nothing is drawn
// until the first index is asked for, and each permutation only when the one before is used up; the
// iterators here keep that timing, because it decides which random numbers a program sees afterwards.

import * as E from '../../../../engine/index.ts';
import { None } from '../../../objects/constants.ts';
import type { Context } from '../../../objects/context.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyIterator } from '../../../objects/iterator.ts';
import { False, PyBool, pyInt, True } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject, PyType } from '../../../objects/object.ts';
import { asIndex, given } from '../../../runtime/convert.ts';
import { getIterator, nextItem } from '../../../runtime/iteration.ts';
import { defineClass, getter, method } from '../../../runtime/native.ts';
import { getItem } from '../../../runtime/subscript.ts';
import { length } from '../../../runtime/truth.ts';
import { drawInt64Seed, generatorArgument } from '../generator.ts';
import { attribute, isPlainInt, plainInstance, setAttributes, shown } from './instance.ts';

/**
 * A generator function's body as an iterator: `start` runs at the first next() and returns the source of
 * chunks; each chunk is asked for only once the one before is used up, and null ends the iteration.
 */
function lazyChunks(typeName: string, start: (ctx: Context) => Promise<() => Promise<PyObject[] | null>>): PyIterator {
  let nextChunk: (() => Promise<PyObject[] | null>) | null = null;
  let chunk: PyObject[] = [];
  let at = 0;
  let done = false;
  return new PyIterator(
    typeName,
    async (ctx) => {
      while (!done) {
        if (at < chunk.length) return chunk[at++];
        nextChunk ??= await start(ctx);
        const more = await nextChunk();
        if (more === null) done = true;
        else [chunk, at] = [more, 0];
      }
      return undefined;
    },
    [() => chunk],
  );
}

const ints = (values: ArrayLike<number>): PyObject[] => Array.from(values, (v) => pyInt(v));

/** `torch.randperm(n, generator=g).tolist()` */
async function permutation(n: number, gen: E.Generator): Promise<PyObject[]> {
  return ints(await E.randperm(n, 'int64', gen).data());
}

export const samplerType: PyType = defineClass({
  name: 'Sampler',
  module: 'torch.utils.data.sampler',
  construct: plainInstance,
  members: {
    __init__: method(['self', 'data_source?'], () => None),
  },
});

export const sequentialSamplerType: PyType = defineClass({
  name: 'SequentialSampler',
  module: 'torch.utils.data.sampler',
  bases: [samplerType],
  params: ['data_source'],
  members: {
    __init__: method(['self', 'data_source'], (_ctx, [self, dataSource]) => {
      setAttributes(self, { data_source: dataSource });
      return None;
    }),
    // `iter(range(len(self.data_source)))`: a plain function, so the length is read at iter() time.
    __iter__: method(['self'], async (ctx, [self]) => {
      const n = await length(ctx, await attribute(ctx, self, 'data_source'));
      let i = 0;
      return new PyIterator('range_iterator', () => (i < n ? pyInt(i++) : undefined), []);
    }),
    __len__: method(['self'], async (ctx, [self]) => pyInt(await length(ctx, await attribute(ctx, self, 'data_source')))),
  },
});

async function numSamples(ctx: Context, self: PyObject | undefined): Promise<number> {
  const requested = await attribute(ctx, self, '_num_samples');
  if (requested === None) return length(ctx, await attribute(ctx, self, 'data_source'));
  if (!isPlainInt(requested)) throw pyError(PyExc.TypeError, `'${requested.type.name}' object cannot be interpreted as an integer`);
  return Number(requested.value);
}

/** RandomSampler.__iter__: its own generator seeded from the default one (unless it was given one), then
 *  whole permutations of the dataset and a last one cut to what num_samples leaves over; with replacement,
 *  draws of 32 indices at a time. */
async function randomOrder(ctx: Context, self: PyObject | undefined): Promise<() => Promise<PyObject[] | null>> {
  const n = await length(ctx, await attribute(ctx, self, 'data_source'));
  const chosen = await attribute(ctx, self, 'generator');
  const gen = given(chosen) ? generatorArgument(chosen) : new E.Generator(drawInt64Seed(E.defaultGenerator));
  const total = await numSamples(ctx, self);
  const replacement = (await attribute(ctx, self, 'replacement')) === True;
  const per = replacement ? 32 : n;
  if (per === 0) throw pyError(PyExc.ZeroDivisionError, 'integer division or modulo by zero');
  const whole = Math.floor(total / per);
  let drawn = 0;
  return async () => {
    if (drawn > whole) return null;
    const size = drawn++ < whole ? per : total % per;
    if (replacement) return ints(await E.randint(0, n, [size], 'int64', gen).data());
    const order = await permutation(n, gen);
    return size === n ? order : order.slice(0, size);
  };
}

export const randomSamplerType: PyType = defineClass({
  name: 'RandomSampler',
  module: 'torch.utils.data.sampler',
  bases: [samplerType],
  params: ['data_source', 'replacement?', 'num_samples?', 'generator?'],
  members: {
    __init__: method(
      ['self', 'data_source', 'replacement?', 'num_samples?', 'generator?'],
      async (ctx, [self, dataSource, replacement, requested, generator]) => {
        const r = replacement ?? False;
        setAttributes(self, { data_source: dataSource, replacement: r, _num_samples: requested ?? None, generator: generator ?? None });
        if (!(r instanceof PyBool)) {
          throw pyError(PyExc.TypeError, `replacement should be a boolean value, but got replacement=${await shown(ctx, r)}`);
        }
        const num = given(requested) ? requested : pyInt(await length(ctx, dataSource));
        if (!isPlainInt(num) || num.value <= 0) {
          throw pyError(PyExc.ValueError, `num_samples should be a positive integer value, but got num_samples=${await shown(ctx, num)}`);
        }
        return None;
      },
    ),
    num_samples: getter(async (ctx, self) => pyInt(await numSamples(ctx, self))),
    __iter__: method(['self'], (_ctx, [self]) => lazyChunks('generator', (ctx) => randomOrder(ctx, self))),
    __len__: method(['self'], async (ctx, [self]) => pyInt(await numSamples(ctx, self))),
  },
});

/** SubsetRandomSampler: the given indices in the order of `torch.randperm(len(indices), generator=...)`;
 *  without a generator the permutation comes straight from the default generator. */
export const subsetRandomSamplerType: PyType = defineClass({
  name: 'SubsetRandomSampler',
  module: 'torch.utils.data.sampler',
  bases: [samplerType],
  params: ['indices', 'generator?'],
  members: {
    __init__: method(['self', 'indices', 'generator?'], (_ctx, [self, indices, generator]) => {
      setAttributes(self, { indices, generator: generator ?? None });
      return None;
    }),
    __iter__: method(['self'], (_ctx, [self]) =>
      lazyChunks('generator', async (ctx) => {
        const indices = await attribute(ctx, self, 'indices');
        const gen = generatorArgument(await attribute(ctx, self, 'generator'));
        let started = false;
        return async () => {
          if (started) return null;
          started = true;
          const order = await E.randperm(await length(ctx, indices), 'int64', gen).data();
          const picked: PyObject[] = [];
          for (const i of order) picked.push(await getItem(ctx, indices, pyInt(i)));
          return picked;
        };
      }),
    ),
    __len__: method(['self'], async (ctx, [self]) => pyInt(await length(ctx, await attribute(ctx, self, 'indices')))),
  },
});

/** BatchSampler: the sampler's indices in lists of batch_size; the last, shorter one is kept unless
 *  drop_last. Nothing is asked of the sampler before the first batch is. */
export const batchSamplerType: PyType = defineClass({
  name: 'BatchSampler',
  module: 'torch.utils.data.sampler',
  bases: [samplerType],
  params: ['sampler', 'batch_size', 'drop_last'],
  members: {
    __init__: method(['self', 'sampler', 'batch_size', 'drop_last'], async (ctx, [self, sampler, batchSize, dropLast]) => {
      if (!isPlainInt(batchSize) || batchSize.value <= 0) {
        throw pyError(PyExc.ValueError, `batch_size should be a positive integer value, but got batch_size=${await shown(ctx, batchSize)}`);
      }
      if (!(dropLast instanceof PyBool)) {
        throw pyError(PyExc.ValueError, `drop_last should be a boolean value, but got drop_last=${await shown(ctx, dropLast)}`);
      }
      setAttributes(self, { sampler, batch_size: batchSize, drop_last: dropLast });
      return None;
    }),
    __iter__: method(['self'], (_ctx, [self]) =>
      lazyChunks('generator', async (ctx) => {
        const indices = await getIterator(ctx, await attribute(ctx, self, 'sampler'));
        const size = asIndex(await attribute(ctx, self, 'batch_size'));
        const dropLast = (await attribute(ctx, self, 'drop_last')) === True;
        let finished = false;
        return async () => {
          if (finished) return null;
          const batch: PyObject[] = [];
          while (batch.length < size) {
            const index = await nextItem(ctx, indices);
            if (index === undefined) {
              finished = true;
              break;
            }
            batch.push(index);
          }
          const keep = batch.length === size || (batch.length > 0 && !dropLast);
          return keep ? [new PyList(batch)] : null;
        };
      }),
    ),
    __len__: method(['self'], async (ctx, [self]) => {
      const n = await length(ctx, await attribute(ctx, self, 'sampler'));
      const size = asIndex(await attribute(ctx, self, 'batch_size'));
      const dropLast = (await attribute(ctx, self, 'drop_last')) === True;
      return pyInt(dropLast ? Math.floor(n / size) : Math.ceil(n / size));
    }),
  },
});
