// torch.return_types.max / min: the (values, indices) named tuples that t.max(dim) returns.

import type { ValuesIndices } from '../../../engine/index.ts';
import type { PyObject, PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { repr } from '../../runtime/text.ts';
import { defineClass, getter, method } from '../../runtime/native.ts';
import { tupleType } from '../../objects/tuple.ts';
import { wrap } from './pyTensor.ts';

function returnType(name: string): PyType {
  const text = method(['self'], async (ctx, [self]) => {
    const [values, indices] = (self as PyTuple).items as [PyObject, PyObject];
    return pyStr(`torch.return_types.${name}(\nvalues=${await repr(ctx, values)},\nindices=${await repr(ctx, indices)})`);
  });
  return defineClass({
    name,
    module: 'torch.return_types',
    bases: [tupleType],
    members: {
      values: getter((_ctx, self) => (self as PyTuple).items[0]!),
      indices: getter((_ctx, self) => (self as PyTuple).items[1]!),
      __repr__: text,
      __str__: text,
    },
  });
}

const types = { max: returnType('max'), min: returnType('min') };

export function valuesIndices(kind: 'max' | 'min', result: ValuesIndices): PyTuple {
  return new PyTuple([wrap(result.values), wrap(result.indices)], types[kind]);
}
