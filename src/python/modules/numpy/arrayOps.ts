// How NumPy's operators and ufuncs run here: operands are read as arrays or Python scalars, NumPy's promotion
// picks the dtype (promotion.ts), both are cast to it, and the engine computes. Shape errors speak NumPy.

import {
  broadcastShapes,
  fromValues,
  to,
  type DType,
  type Tensor,
} from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asNumber } from '../../runtime/convert.ts';
import { engine } from '../engineErrors.ts';
import type { ElementKind } from '../nested.ts';
import { arrayLike, PyNDArray, scalarKind } from './ndarray.ts';
import { divisionType, promoteArrays, promoteWithScalar } from './promotion.ts';

export type Operand = { kind: 'array'; tensor: Tensor } | { kind: 'scalar'; value: number; of: ElementKind };

/** An operator's other side: an array, a nested list, or a number; null when NumPy would not take it. */
export async function operandOf(obj: PyObject): Promise<Operand | null> {
  if (obj instanceof PyNDArray) return { kind: 'array', tensor: obj.tensor };
  const of = scalarKind(obj);
  if (of !== null) return { kind: 'scalar', value: asNumber(obj), of };
  if (obj instanceof PyList || obj instanceof PyTuple) return { kind: 'array', tensor: await arrayLike(obj) };
  return null;
}

/** Elementwise ops broadcast; matmul pairs inner dimensions instead. */
export type BinaryKind = 'arithmetic' | 'division' | 'comparison' | 'matmul';

/** The dtype both operands are computed in. */
function computeType(a: Operand, b: Operand, kind: BinaryKind): DType {
  let dtype: DType;
  if (a.kind === 'array' && b.kind === 'array') dtype = promoteArrays(a.tensor.dtype, b.tensor.dtype);
  else if (a.kind === 'array' && b.kind === 'scalar') dtype = promoteWithScalar(a.tensor.dtype, b.of);
  else if (a.kind === 'scalar' && b.kind === 'array') dtype = promoteWithScalar(b.tensor.dtype, a.of);
  else dtype = 'float64';
  return kind === 'division' ? divisionType(dtype) : dtype;
}

function materialize(o: Operand, dtype: DType): Tensor {
  if (o.kind === 'scalar') return fromValues([o.value], [], dtype);
  return o.tensor.dtype === dtype ? o.tensor : to(o.tensor, dtype);
}

const shapeText = (shape: readonly number[]) => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`);

/** a OP b with NumPy's dtype and broadcasting rules. */
export function binary(a: Operand, b: Operand, kind: BinaryKind, op: (x: Tensor, y: Tensor) => Tensor): Tensor {
  const dtype = computeType(a, b, kind);
  const x = engine(() => materialize(a, dtype));
  const y = engine(() => materialize(b, dtype));
  if (kind === 'matmul') checkCoreDimensions(x.shape, y.shape);
  else {
    try {
      broadcastShapes(x.shape, y.shape);
    } catch {
      throw pyError(PyExc.ValueError, `operands could not be broadcast together with shapes ${shapeText(x.shape)} ${shapeText(y.shape)} `);
    }
  }
  return engine(() => op(x, y));
}

/** matmul's (n?,k),(k,m?) signature: the inner sizes must agree. */
function checkCoreDimensions(a: readonly number[], b: readonly number[]): void {
  if (a.length === 0 || b.length === 0) throw pyError(PyExc.ValueError, "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  const k = a[a.length - 1]!;
  const kb = b.length === 1 ? b[0]! : b[b.length - 2]!;
  if (k !== kb) {
    throw pyError(
      PyExc.ValueError,
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${kb} is different from ${k})`,
    );
  }
}

/** A ufunc of one array: math functions compute in floats (np.sqrt of ints gives float64). */
export function unary(t: Tensor, op: (x: Tensor) => Tensor, floatResult: boolean): Tensor {
  const input = floatResult && t.dtype !== 'float32' && t.dtype !== 'float64' ? to(t, 'float64') : t;
  return engine(() => op(input));
}
