// The classes of torch.utils.data are plain Python classes in PyTorch: their state is instance attributes that
// programs read and subclasses set (`loader.dataset`, `ds.tensors`, `subset.indices`). Tandem's natives keep
// it the same way, in the instance's __dict__.

import { PyExc, pyError } from '../../../objects/exception.ts';
import { PyBool, PyInt } from '../../../objects/int.ts';
import { PyObject, type Construct } from '../../../objects/object.ts';
import { getAttr } from '../../../runtime/attributes.ts';
import type { Context } from '../../../objects/context.ts';
import { str } from '../../../runtime/text.ts';

/** `__new__` of these classes: an instance with an empty __dict__; `__init__` fills it. */
export const plainInstance: Construct = (_ctx, type) => new PyObject(type, new Map());

/** Sets attributes as `self.name = value` in an `__init__` would (no __setattr__ hooks are involved here). */
export function setAttributes(self: PyObject | undefined, attributes: Record<string, PyObject>): void {
  if (self?.dict == null) throw pyError(PyExc.TypeError, `descriptor '__init__' requires an instance with a __dict__`);
  for (const [name, value] of Object.entries(attributes)) self.dict.set(name, value);
}

/** `self.name`, through the ordinary attribute lookup (a subclass may have replaced it). */
export function attribute(ctx: Context, self: PyObject | undefined, name: string): Promise<PyObject> {
  if (self === undefined) throw pyError(PyExc.TypeError, 'missing self');
  return getAttr(ctx, self, name);
}

/** `isinstance(x, int) and not isinstance(x, bool)`: the integers PyTorch's samplers accept as sizes. */
export function isPlainInt(obj: PyObject): obj is PyInt {
  return obj instanceof PyInt && !(obj instanceof PyBool);
}

/** `'{}'.format(value)`, for messages that quote a rejected argument. */
export const shown = (ctx: Context, value: PyObject): Promise<string> => str(ctx, value);
