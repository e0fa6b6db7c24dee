// Python range: a lazy arithmetic sequence.

import { PyObject, PyType, objectType } from './object.ts';

export const rangeType = new PyType('range', [objectType]);

export class PyRange extends PyObject {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  constructor(start: number, stop: number, step: number) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }

  at(index: number): number {
    return this.start + index * this.step;
  }
}
