// Reading JS values out of Python arguments, with Python's TypeErrors when the type is wrong.

import { None } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { PyFloat } from '../objects/float.ts';
import { PyInt, type IntValue } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import type { PySlice } from '../objects/slice.ts';
import { PyStr } from '../objects/str.ts';

/** An int argument (bools count, floats do not), as a JS integer; big ints are an error here. */
export function asIndex(obj: PyObject): number {
  if (obj instanceof PyInt) {
    if (typeof obj.value === 'bigint') {
      throw pyError(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return obj.value;
  }
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object cannot be interpreted as an integer`);
}

/** An int argument keeping big values. */
export function asInt(obj: PyObject): IntValue {
  if (obj instanceof PyInt) return obj.value;
  throw pyError(PyExc.TypeError, `'${obj.type.name}' object cannot be interpreted as an integer`);
}

/** A number argument (int, bool or float) as a JS number. */
export function asNumber(obj: PyObject, what = 'a real number'): number {
  if (obj instanceof PyFloat) return obj.value;
  if (obj instanceof PyInt) return Number(obj.value);
  throw pyError(PyExc.TypeError, `must be ${what}, not ${obj.type.name}`);
}

export function asString(obj: PyObject, what = 'argument'): string {
  if (obj instanceof PyStr) return obj.value;
  throw pyError(PyExc.TypeError, `${what} must be str, not ${obj.type.name}`);
}

/** An optional argument: undefined and None both mean "not given". */
export function given(obj: PyObject | undefined): obj is PyObject {
  return obj !== undefined && obj !== None;
}

/** Normalizes a possibly negative index against a length; null when out of range. */
export function normalizeIndex(index: number, length: number): number | null {
  const i = index < 0 ? index + length : index;
  return i >= 0 && i < length ? i : null;
}

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  /** How many indices the slice selects. */
  count: number;
}

/** PySlice_AdjustIndices: a slice's start, stop and step against a sequence length. */
export function sliceBounds(slice: PySlice, length: number): SliceBounds {
  const step = slice.step === None ? 1 : asSliceIndex(slice.step);
  if (step === 0) throw pyError(PyExc.ValueError, 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: PyObject, dflt: number) => {
    if (v === None) return dflt;
    let i = asSliceIndex(v);
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(slice.start, step < 0 ? upper : lower);
  const stop = clamp(slice.stop, step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 ? start < stop : stop < start) count = Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  return { start, stop, step, count };
}

function asSliceIndex(obj: PyObject): number {
  if (obj instanceof PyInt) return Number(obj.value);
  throw pyError(PyExc.TypeError, 'slice indices must be integers or None or have an __index__ method');
}

/** The indices a slice selects, in order. */
export function sliceIndices(b: SliceBounds): number[] {
  const out: number[] = [];
  for (let k = 0, i = b.start; k < b.count; k++, i += b.step) out.push(i);
  return out;
}
