// default_collate and default_convert (torch/utils/data/_utils/collate.py): how a DataLoader turns the samples
// of one batch into batched values. Tensors are stacked along a new first dimension, Python ints and floats
// become int64 and float64 tensors, and tuples, lists and dicts are collated field by field.

import * as E from '../../../../engine/index.ts';
import type { Context } from '../../../objects/context.ts';
import { PyDict, pyDictFrom } from '../../../objects/dict.ts';
import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyFloat } from '../../../objects/float.ts';
import { PyInt, pyInt } from '../../../objects/int.ts';
import { PyList } from '../../../objects/list.ts';
import type { PyObject } from '../../../objects/object.ts';
import { PyStr } from '../../../objects/str.ts';
import { PyTuple } from '../../../objects/tuple.ts';
import { toArray } from '../../../runtime/iteration.ts';
import { nativeFunction } from '../../../runtime/native.ts';
import { getItem } from '../../../runtime/subscript.ts';
import { repr } from '../../../runtime/text.ts';
import { length } from '../../../runtime/truth.ts';
import { engine } from '../../engineErrors.ts';
import { TensorBacked } from '../../tensorBacked.ts';
import { DTYPE_ATTRIBUTES } from '../dtypes.ts';
import { PyTensor, wrap } from '../pyTensor.ts';
import { tensorFrom } from '../torchModule.ts';

/** NumPy values other than arrays and strings: np.float32(1.5), np.int64(3). */
const isNumpyScalar = (obj: PyObject) => obj.type.module === 'numpy' && obj.type.name !== 'str_' && obj.type.name !== 'ndarray';
const isNumpyArray = (obj: PyObject): obj is TensorBacked => obj instanceof TensorBacked && !(obj instanceof PyTensor);

/** `torch.as_tensor(x)` for what collation meets: an array shares its data; a NumPy scalar (or a list of
 *  them) keeps its NumPy dtype, which torch.tensor's Python-number rules would not. */
async function asTensor(obj: PyObject, scalarType: PyObject = obj): Promise<PyTensor> {
  if (obj instanceof PyTensor) return obj;
  if (obj instanceof TensorBacked) return wrap(obj.tensor.detach());
  return wrap(await tensorFrom(obj, DTYPE_ATTRIBUTES[scalarType.type.name]));
}

/** Maps one sample after another: each step may run the program's own Python code. */
async function inOrder<T>(items: readonly PyObject[], f: (item: PyObject) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const item of items) out.push(await f(item));
  return out;
}

/** `torch.stack(batch, 0)`, with torch.stack's message for a sample that is not a tensor. */
function stackSamples(samples: readonly PyObject[]): PyTensor {
  const tensors = samples.map((s, i) => {
    if (s instanceof PyTensor) return s.tensor;
    throw pyError(PyExc.TypeError, `expected Tensor as element ${i} in argument 0, but got ${s.type.name}`);
  });
  return wrap(engine(() => E.stack(tensors, 0)));
}

async function collateFields(ctx: Context, samples: readonly PyObject[]): Promise<PyList> {
  const size = await length(ctx, samples[0]!);
  for (const s of samples.slice(1)) {
    if ((await length(ctx, s)) !== size) throw pyError(PyExc.RuntimeError, 'each element in list of batch should be of equal size');
  }
  const rows = await inOrder(samples, (s) => toArray(ctx, s));
  const fields: PyObject[] = [];
  for (let f = 0; f < size; f++) fields.push(await collate(ctx, rows.map((r) => r[f]!)));
  // A tuple sample gives a list too: PyTorch keeps that for backwards compatibility.
  return new PyList(fields);
}

async function collate(ctx: Context, samples: readonly PyObject[]): Promise<PyObject> {
  const elem = samples[0]!;
  if (elem instanceof PyTensor) return stackSamples(samples);
  if (isNumpyArray(elem)) return stackSamples(await inOrder(samples, (s) => asTensor(s)));
  if (isNumpyScalar(elem)) return asTensor(new PyList([...samples]), elem);
  if (elem instanceof PyFloat) return wrap(await tensorFrom(new PyList([...samples]), DTYPE_ATTRIBUTES.float64));
  if (elem instanceof PyInt) return wrap(await tensorFrom(new PyList([...samples]), undefined));
  if (elem instanceof PyStr) return new PyList([...samples]);
  if (elem instanceof PyDict) {
    const entries: [PyObject, PyObject][] = [];
    for (const key of elem.keys()) {
      const values = await inOrder(samples, (d) => getItem(ctx, d, key));
      entries.push([key, await collate(ctx, values)]);
    }
    return pyDictFrom(entries);
  }
  if (elem instanceof PyTuple || elem instanceof PyList) return collateFields(ctx, samples);
  const found = await repr(ctx, elem.type);
  throw pyError(PyExc.TypeError, `default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found ${found}`);
}

/** `default_collate(batch)`: batch is the list of samples the dataset returned. */
export async function defaultCollate(ctx: Context, batch: PyObject): Promise<PyObject> {
  await getItem(ctx, batch, pyInt(0)); // an empty batch fails as batch[0] does
  return collate(ctx, await toArray(ctx, batch));
}

/** `default_convert(data)`: what a DataLoader with batch_size=None does to each sample; only NumPy values
 *  change (into tensors), inside whatever tuples, lists and dicts hold them. */
export async function defaultConvert(ctx: Context, data: PyObject): Promise<PyObject> {
  if (data instanceof PyTensor) return data;
  if (isNumpyArray(data) || isNumpyScalar(data)) return asTensor(data);
  if (data instanceof PyDict) {
    const entries: [PyObject, PyObject][] = [];
    for (const key of data.keys()) entries.push([key, await defaultConvert(ctx, data.get(key)!)]);
    return pyDictFrom(entries);
  }
  if (data instanceof PyTuple || data instanceof PyList) {
    const items: PyObject[] = [];
    for (const item of data.items) items.push(await defaultConvert(ctx, item));
    return new PyList(items);
  }
  return data;
}

export const defaultCollateFunction = nativeFunction('default_collate', ['batch'], (ctx, [batch]) => defaultCollate(ctx, batch));
export const defaultConvertFunction = nativeFunction('default_convert', ['data'], (ctx, [data]) => defaultConvert(ctx, data));
