// Python values as engine operands. A Python int must stay an int (`t * 2` keeps an int64 tensor int64, while
// `t * 2.0` makes it float), so ints go in as wrapped int64 scalars and floats as plain numbers.

import { pyScalar, type DType, type Operand } from '../../../engine/index.ts';
import { PyFloat, pyFloat } from '../../objects/float.ts';
import { PyBool, PyInt, pyBool, pyInt } from '../../objects/int.ts';
import { pyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyTensor } from './pyTensor.ts';

/** A tensor or a Python number as an operand; null for anything else (the operator returns NotImplemented). */
export function toOperand(obj: PyObject): Operand | null {
  if (obj instanceof PyTensor) return obj.tensor;
  if (obj instanceof PyBool) return obj.bool;
  if (obj instanceof PyInt) return pyScalar(Number(obj.value), 'int');
  if (obj instanceof PyFloat) return obj.value;
  return null;
}

/** One element as the Python number `item()` gives: float, int or bool by dtype. */
export function pyNumber(value: number, dtype: DType): PyObject {
  if (dtype === 'bool') return pyBool(value !== 0);
  if (dtype === 'int64') return pyInt(value);
  return pyFloat(value);
}

/** Row-major values as nested Python lists (`tolist()`); a 0-d shape gives the number itself. */
export function nestedList(values: ArrayLike<number>, shape: readonly number[], dtype: DType): PyObject {
  let offset = 0;
  const build = (depth: number): PyObject => {
    if (depth === shape.length) return pyNumber(values[offset++]!, dtype);
    const items: PyObject[] = [];
    for (let i = 0; i < shape[depth]!; i++) items.push(build(depth + 1));
    return pyList(items);
  };
  return build(0);
}
