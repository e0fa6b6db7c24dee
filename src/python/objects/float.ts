// Python float: an IEEE double, exactly a JS number.

import { PyObject, PyType, objectType } from './object.ts';

export const floatType = new PyType('float', [objectType]);

export class PyFloat extends PyObject {
  declare readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    super(type);
    this.value = value;
  }

  /** Holds no other value (an instance of a subclass may have attributes). */
  override traceTensors(visit: (value: unknown) => void): void {
    if (this.dict !== null) visit(this.dict);
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}
