// `typing`, so that annotated code imports: the names exist and subscript (List[int]) to themselves.
// Tandem does not check types, and does not evaluate annotations.

import type { PyModule } from '../objects/module.ts';
import { False } from '../objects/int.ts';
import { PyObject } from '../objects/object.ts';
import { pyStr } from '../objects/str.ts';
import { defineClass, defineModule, method } from '../runtime/native.ts';

const specialFormType = defineClass({
  name: '_SpecialForm',
  module: 'typing',
  members: {
    __getitem__: method(['self', 'parameters'], (_ctx, [self]) => self),
    __call__: method(['self', '*args'], (_ctx, [, args]) => args[0] ?? pyStr('')),
  },
});

const NAMES = `Any Callable Dict FrozenSet Generic Iterable Iterator List Literal Mapping NamedTuple Optional Sequence
Set Tuple Type TypeVar Union`.split(/\s+/);

export function loadTyping(): PyModule {
  const attributes: Record<string, PyObject> = {};
  for (const name of NAMES) attributes[name] = new PyObject(specialFormType);
  attributes['cast'] = method(['typ', 'value'], (_ctx, [, value]) => value);
  attributes['TYPE_CHECKING'] = False;
  return defineModule('typing', attributes);
}
