// Python slice objects: what `a[1:5:2]` passes to __getitem__ (tensors and numpy arrays receive these too).

import { PyObject, PyType, objectType } from './object.ts';

export const sliceType = new PyType('slice', [objectType]);

export class PySlice extends PyObject {
  readonly start: PyObject;
  readonly stop: PyObject;
  readonly step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
