// torch.Size: the tuple subclass `t.shape` and `t.size()` return, printed as torch.Size([2, 3]).

import { pyInt } from '../../objects/int.ts';
import type { PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { PyTuple, tupleType } from '../../objects/tuple.ts';
import { defineClass, method } from '../../runtime/native.ts';
import { formatTorchSize } from '../format/index.ts';

const text = method(['self'], (_ctx, [self]) =>
  pyStr(formatTorchSize((self as PyTuple).items.map((d) => Number((d as ReturnType<typeof pyInt>).value)))),
);

export const sizeType: PyType = defineClass({
  name: 'Size',
  module: 'torch',
  bases: [tupleType],
  members: { __repr__: text, __str__: text },
});

export function torchSize(shape: readonly number[]): PyTuple {
  return new PyTuple(shape.map((d) => pyInt(d)), sizeType);
}
