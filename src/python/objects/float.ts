// Python float: an IEEE double, exactly a JS number.

import { PyObject, PyType, objectType } from './object.ts';

export const floatType = new PyType('float', [objectType]);

export class PyFloat extends PyObject {
  declare readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    super(type);
    this.value = value;
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}
