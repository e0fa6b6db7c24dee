// Python subscripts (`t[0]`, `a[1:3, None]`, `x[mask]`, `x[[0, 2]]`) as the engine's index items, shared by
// tensors and arrays.

import { fromValues, type IndexItem } from '../../engine/index.ts';
import { Ellipsis, None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyBool, PyInt } from '../objects/int.ts';
import { PyList } from '../objects/list.ts';
import type { PyObject } from '../objects/object.ts';
import { PySlice } from '../objects/slice.ts';
import { PyTuple } from '../objects/tuple.ts';
import { TensorBacked } from './tensorBacked.ts';

/** A Python subscript as engine index items: ints, slices, None, ..., tensors and lists of ints. */
export function indexItems(key: PyObject): IndexItem[] {
  const parts = key instanceof PyTuple ? key.items : [key];
  return parts.map(indexItem);
}

function indexItem(part: PyObject): IndexItem {
  // x[True] / x[False]: a 0-d mask, which adds a dim of length 1 or 0 (PyTorch's and NumPy's rule).
  if (part instanceof PyBool) return { kind: 'tensor', tensor: fromValues([part.bool ? 1 : 0], [], 'bool') };
  if (part instanceof PyInt) return { kind: 'int', index: Number(part.value) };
  if (part instanceof PySlice) {
    const bound = (v: PyObject) => (v === None ? null : Number(sliceInt(v)));
    return { kind: 'slice', start: bound(part.start), stop: bound(part.stop), step: bound(part.step) };
  }
  if (part === None) return { kind: 'none' };
  if (part === Ellipsis) return { kind: 'ellipsis' };
  if (part instanceof TensorBacked) return { kind: 'tensor', tensor: part.tensor };
  if (part instanceof PyList) {
    const bools = part.items.every((v) => v instanceof PyBool);
    const values = part.items.map((v) => Number(sliceInt(v)));
    return { kind: 'tensor', tensor: fromValues(values, [values.length], bools && values.length > 0 ? 'bool' : 'int64') };
  }
  throw pyError(
    PyExc.IndexError,
    'only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got ' +
      part.type.name +
      ')',
  );
}

function sliceInt(v: PyObject): number | bigint {
  if (v instanceof PyInt) return v.value;
  throw pyError(PyExc.TypeError, 'slice indices must be integers or None or have an __index__ method');
}

