// Reading a Python value such as [[1.0], [2.0]] into a shape and row-major numbers, as torch.tensor() and
// np.array() both must. Elements may be Python numbers, nested lists/tuples, or tensors and arrays.

import type { DType } from '../../engine/index.ts';
import type { PyBaseException } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyBool, PyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PyTuple } from '../objects/tuple.ts';
import { TensorBacked } from './tensorBacked.ts';

/** What kind of Python number the data held at most: it decides the default dtype. */
export type ElementKind = 'bool' | 'int' | 'float';

export interface NestedData {
  shape: number[];
  values: number[];
  kind: ElementKind;
}

/**
 * A ragged input: at dimension `dim` the first element set the length `expected`, another has `got` (null when it
 * is a number where a sequence belongs, or the other way round). PyTorch and NumPy word this differently.
 */
export interface Ragged {
  dim: number;
  expected: number;
  got: number | null;
  /** The dimensions that were consistent before `dim`. */
  shape: number[];
}

const KIND_RANK: Record<ElementKind, number> = { bool: 0, int: 1, float: 2 };

export function kindOfDType(dtype: DType): ElementKind {
  return dtype === 'bool' ? 'bool' : dtype === 'int64' ? 'int' : 'float';
}

const isSequence = (obj: PyObject): obj is PyList | PyTuple => obj instanceof PyList || obj instanceof PyTuple;

/** Each library's own words for input it cannot take. */
export interface NestedErrors {
  ragged(r: Ragged): PyBaseException;
  /** An element that is not a number (a str, None, …). */
  notANumber(obj: PyObject): PyBaseException;
}

export async function readNested(data: PyObject, errors: NestedErrors): Promise<NestedData> {
  // The first element at each level fixes the shape; every other element must agree.
  const shape: number[] = [];
  for (let level: PyObject | undefined = data; level !== undefined; ) {
    if (level instanceof TensorBacked) {
      shape.push(...level.tensor.shape);
      break;
    }
    if (!isSequence(level)) break;
    shape.push(level.items.length);
    level = level.items[0];
  }

  const values: number[] = [];
  let kind: ElementKind | null = null;
  const widen = (k: ElementKind) => {
    if (kind === null || KIND_RANK[k] > KIND_RANK[kind]) kind = k;
  };
  const fail = (dim: number, got: number | null): never => {
    throw errors.ragged({ dim, expected: shape[dim] ?? 0, got, shape: shape.slice(0, dim) });
  };

  const walk = async (obj: PyObject, depth: number): Promise<void> => {
    if (isSequence(obj)) {
      if (depth >= shape.length) fail(depth - 1, null);
      if (obj.items.length !== shape[depth]) fail(depth, obj.items.length);
      for (const item of obj.items) await walk(item, depth + 1);
      return;
    }
    if (obj instanceof TensorBacked) {
      const dims = obj.tensor.shape;
      if (depth + dims.length !== shape.length) fail(depth, null);
      dims.forEach((d, i) => {
        if (d !== shape[depth + i]) fail(depth + i, d);
      });
      for (const v of await obj.tensor.data()) values.push(v);
      widen(kindOfDType(obj.tensor.dtype));
      return;
    }
    if (depth !== shape.length) fail(depth, null);
    if (obj instanceof PyBool) {
      values.push(obj.bool ? 1 : 0);
      widen('bool');
    } else if (obj instanceof PyInt) {
      values.push(Number(obj.value));
      widen('int');
    } else if (obj instanceof PyFloat) {
      values.push(obj.value);
      widen('float');
    } else {
      throw errors.notANumber(obj);
    }
  };

  await walk(data, 0);
  // An empty list holds no numbers: PyTorch and NumPy both make it a float array.
  return { shape, values, kind: kind ?? 'float' };
}
