// numpy.ndarray as a Python object over an engine tensor on the CPU backend, and the conversions every NumPy
// function starts with: any array-like (an array, a tensor, a nested list, a number) to a tensor, and results
// back to arrays, or to NumPy scalars where NumPy returns scalars (0-d results).

import { fromValues, to, type DType, type Tensor } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyBool, PyInt } from '../../objects/int.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { defineClass } from '../../runtime/native.ts';
import { engine } from '../engineErrors.ts';
import { readNested, type ElementKind } from '../nested.ts';
import { TensorBacked } from '../tensorBacked.ts';
import { numpyScalar } from './scalars.ts';

export class PyNDArray extends TensorBacked {}

export const ndarrayType: PyType = defineClass({ name: 'ndarray', module: 'numpy' });

/** NumPy's default dtype for each kind of Python number: float64, int64, bool. */
export const DEFAULT_DTYPE: Record<ElementKind, DType> = { float: 'float64', int: 'int64', bool: 'bool' };

export function wrapArray(t: Tensor): PyNDArray {
  return new PyNDArray(ndarrayType, t);
}

/** A 0-d result is a NumPy scalar (np.float64, np.int64…); anything else an array. */
export async function arrayOrScalar(t: Tensor): Promise<PyObject> {
  if (t.ndim === 0) return numpyScalar((await t.data())[0]!, t.dtype);
  return wrapArray(t);
}

export function arrayOf(obj: PyObject | undefined): Tensor {
  if (obj instanceof PyNDArray) return obj.tensor;
  throw pyError(PyExc.TypeError, `expected a numpy.ndarray, not ${obj?.type.name ?? 'None'}`);
}

/** NumPy's ragged-list error. */
function inhomogeneous(dim: number, shape: number[]) {
  const detected = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  return pyError(
    PyExc.ValueError,
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${dim} dimensions. The detected shape was ${detected} + inhomogeneous part.`,
  );
}

/** np.asarray(obj, dtype): arrays pass through (cast if asked), anything else is read as nested numbers. */
export async function arrayLike(obj: PyObject, dtype: DType | null = null): Promise<Tensor> {
  if (obj instanceof TensorBacked) {
    if (obj.tensor.requiresGrad) {
      throw pyError(PyExc.RuntimeError, "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }
    return dtype === null || dtype === obj.tensor.dtype ? obj.tensor : engine(() => to(obj.tensor, dtype));
  }
  const nested = await readNested(obj, {
    ragged: (r) => inhomogeneous(r.dim, r.shape),
    notANumber: (o) => pyError(PyExc.NotImplementedError, `arrays of ${o.type.name} are not supported in Tandem; arrays hold numbers`),
  });
  return engine(() => fromValues(nested.values, nested.shape, dtype ?? DEFAULT_DTYPE[nested.kind]));
}

/** The kind of a Python (or NumPy) scalar, or null when obj is not one. */
export function scalarKind(obj: PyObject): ElementKind | null {
  if (obj instanceof PyBool) return 'bool';
  if (obj instanceof PyInt) return 'int';
  if (obj instanceof PyFloat) return 'float';
  return null;
}
