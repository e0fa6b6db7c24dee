// Python list: a mutable sequence over a JS array.

import { None } from './constants.ts';
import { PyObject, PyType, objectType } from './object.ts';

export const listType = new PyType('list', [objectType], {
  construct: (_ctx, type) => new PyList([], type),
});
listType.dict.set('__hash__', None);

export class PyList extends PyObject {
  declare items: PyObject[];
  constructor(items: PyObject[], type: PyType = listType) {
    super(type, type.heap ? new Map() : null);
    this.items = items;
  }
}

export function pyList(items: PyObject[]): PyList {
  return new PyList(items);
}
