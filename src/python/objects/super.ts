// super(): attribute lookup that starts after `thisType` in the MRO of the object's type.

import { PyObject, PyType, objectType } from './object.ts';

export const superType = new PyType('super', [objectType]);

export class PySuper extends PyObject {
  /** The class whose body the method was written in (`__class__`). */
  readonly thisType: PyType;
  /** self, or the class for classmethods. */
  readonly obj: PyObject;
  constructor(thisType: PyType, obj: PyObject) {
    super(superType);
    this.thisType = thisType;
    this.obj = obj;
  }
}
