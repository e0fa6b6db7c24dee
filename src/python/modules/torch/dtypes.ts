// torch.float32, torch.int64, …: singleton dtype objects, and the reading of a dtype= argument (which may also
// be a Python type: dtype=float means float64, as in PyTorch and NumPy).

import type { DType } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { floatType } from '../../objects/float.ts';
import { boolType, intType, pyBool } from '../../objects/int.ts';
import { PyObject } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { torchDTypeName } from '../format/index.ts';

export class PyDType extends PyObject {
  constructor(readonly dtype: DType) {
    super(dtypeType);
  }
}

export const dtypeType = defineClass({
  name: 'dtype',
  module: 'torch',
  members: {
    __repr__: method(['self'], (_ctx, [self]) => pyStr(torchDTypeName((self as PyDType).dtype))),
    is_floating_point: getter((_ctx, self) => {
      const d = (self as PyDType).dtype;
      return pyBool(d === 'float32' || d === 'float64');
    }),
  },
});

export const DTYPES: Record<DType, PyDType> = {
  float32: new PyDType('float32'),
  float64: new PyDType('float64'),
  int64: new PyDType('int64'),
  bool: new PyDType('bool'),
};

/** The names torch exports for each dtype, aliases included (torch.float is torch.float32). */
export const DTYPE_ATTRIBUTES: Record<string, PyDType> = {
  float32: DTYPES.float32,
  float: DTYPES.float32,
  float64: DTYPES.float64,
  double: DTYPES.float64,
  int64: DTYPES.int64,
  long: DTYPES.int64,
  bool: DTYPES.bool,
};

/** A dtype= argument: a torch dtype, or the Python types float, int and bool. */
export function asDType(obj: PyObject): DType {
  if (obj instanceof PyDType) return obj.dtype;
  if (obj === floatType) return 'float64';
  if (obj === boolType) return 'bool';
  if (obj === intType) return 'int64';
  throw pyError(PyExc.TypeError, `dtype must be a torch.dtype, not ${obj.type.name}`);
}
