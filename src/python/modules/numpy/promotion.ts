// NumPy 1.x's type promotion, which differs from PyTorch's: int64 with float32 gives float64, a Python float
// with an int array gives float64, and true division of integers gives float64. The engine then computes in
// the dtype chosen here.

import type { DType } from '../../../engine/index.ts';
import type { ElementKind } from '../nested.ts';

/** np.result_type of two arrays. */
export function promoteArrays(a: DType, b: DType): DType {
  if (a === b) return a;
  if (a === 'bool') return b;
  if (b === 'bool') return a;
  // int64 with float32 needs float64 to hold every int64 value NumPy cares to keep.
  return 'float64';
}

/**
 * An array with a Python scalar (value-based casting): the array's dtype wins unless the scalar is of a higher
 * kind (a float with an int or bool array gives float64, an int with a bool array gives int64).
 */
export function promoteWithScalar(array: DType, scalar: ElementKind): DType {
  if (scalar === 'float') return array === 'float32' || array === 'float64' ? array : 'float64';
  if (scalar === 'int') return array === 'bool' ? 'int64' : array;
  return array;
}

/** True division always gives a float. */
export function divisionType(dtype: DType): DType {
  return dtype === 'float32' || dtype === 'float64' ? dtype : 'float64';
}
