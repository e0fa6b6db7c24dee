// Python tuple: an immutable sequence.

import { PyObject, PyType, objectType } from './object.ts';

export const tupleType = new PyType('tuple', [objectType]);

export class PyTuple extends PyObject {
  declare readonly items: readonly PyObject[];
  constructor(items: readonly PyObject[], type: PyType = tupleType) {
    super(type);
    this.items = items;
  }
}

export const emptyTuple = new PyTuple([]);

export function pyTuple(items: readonly PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
