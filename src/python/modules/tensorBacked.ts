// The Python objects that hold an engine Tensor: torch.Tensor (and nn.Parameter) and numpy.ndarray. They share
// this base so each library can take the other's values (torch.tensor(np_array), np.array(tensor)) without
// importing the other's module.

import type { Tensor } from '../../engine/index.ts';
import { PyObject, type PyType } from '../objects/object.ts';

export class TensorBacked extends PyObject {
  constructor(
    type: PyType,
    readonly tensor: Tensor,
  ) {
    super(type);
  }
}

/** The values of a tensor-backed object as plain numbers, row-major (bools as 0/1). */
export async function valuesOf(obj: TensorBacked): Promise<number[]> {
  return Array.from(await obj.tensor.data());
}
