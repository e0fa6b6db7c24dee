// random_split(dataset, lengths, generator=default_generator): non-overlapping Subsets of a dataset, from one
// `torch.randperm(len(dataset), generator=generator)`, cut in the order the lengths are given. Lengths may
// be counts or fractions of the dataset that add up to 1.

import * as E from '../../../../engine/index.ts';
import type { Context } from '../../../objects/context.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject } from '../../../objects/object.ts';
import { callObject } from '../../../runtime/call.ts';
import { asNumber } from '../../../runtime/convert.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { nativeFunction } from '../../../runtime/native.ts';
import { length } from '../../../runtime/truth.ts';
import { warn } from '../../warnings.ts';
import { subsetType } from './dataset.ts';
import { generatorArgument } from '../generator.ts';

/** math.isclose(a, b) with its default relative tolerance. */
const isClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Fractions become floor(fraction · n) items, and what flooring leaves over goes one by one, round robin. */
function lengthsFromFractions(ctx: Context, fractions: number[], n: number): number[] {
  const lengths = fractions.map((frac, i) => {
    if (frac < 0 || frac > 1) throw pyError(PyExc.ValueError, `Fraction at index ${i} is not between 0 and 1`);
    return Math.floor(n * frac);
  });
  const remainder = n - lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < remainder; i++) lengths[i % lengths.length]! += 1;
  lengths.forEach((len, i) => {
    if (len === 0) warn(ctx, 'UserWarning', `Length of split at index ${i} is 0. This might result in an empty dataset.`);
  });
  return lengths;
}

async function randomSplit(ctx: Context, dataset: PyObject, lengthsArg: PyObject, generator: PyObject | undefined): Promise<PyObject> {
  let lengths = (await toArray(ctx, lengthsArg)).map((l) => asNumber(l));
  const sum = () => lengths.reduce((a, b) => a + b, 0);
  if (isClose(sum(), 1) && sum() <= 1) lengths = lengthsFromFractions(ctx, lengths, await length(ctx, dataset));
  if (sum() !== (await length(ctx, dataset))) {
    throw pyError(PyExc.ValueError, 'Sum of input lengths does not equal the length of the input dataset!');
  }
  const order = Array.from(await E.randperm(sum(), 'int64', generatorArgument(generator)).data(), (i) => pyInt(i));
  const subsets: PyObject[] = [];
  let offset = 0;
  for (const len of lengths) {
    subsets.push(await callObject(ctx, subsetType, [dataset, new PyList(order.slice(offset, offset + len))]));
    offset += len;
  }
  return new PyList(subsets);
}

export const randomSplitFunction = nativeFunction('random_split', ['dataset', 'lengths', 'generator?'], (ctx, [dataset, lengths, generator]) =>
  randomSplit(ctx, dataset, lengths, generator),
);
