// What Module.state_dict() returns: an OrderedDict of names to tensors, printed as Python 3.11 prints an
// OrderedDict (`OrderedDict([('weight', tensor(...)), ...])`), which is how PyTorch's state dicts look.

import type { Tensor } from '../../../engine/index.ts';
import { PyDict, dictType } from '../../objects/dict.ts';
import type { PyType } from '../../objects/object.ts';
import { pyStr } from '../../objects/str.ts';
import { defineClass, method } from '../../runtime/native.ts';
import { repr } from '../../runtime/text.ts';
import { wrap } from '../torch/pyTensor.ts';

export const orderedDictType: PyType = defineClass({
  name: 'OrderedDict',
  module: 'collections',
  bases: [dictType],
  members: {
    __repr__: method(['self'], async (ctx, [self]) => {
      const pairs: string[] = [];
      for (const { key, value } of (self as PyDict).entries.values()) pairs.push(`(${await repr(ctx, key)}, ${await repr(ctx, value)})`);
      return pyStr(pairs.length === 0 ? 'OrderedDict()' : `OrderedDict([${pairs.join(', ')}])`);
    }),
  },
});

export function stateDict(entries: Iterable<[string, Tensor]>): PyDict {
  const d = new PyDict(orderedDictType);
  for (const [name, t] of entries) d.set(pyStr(name), wrap(t));
  return d;
}
