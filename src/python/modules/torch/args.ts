// Reading the arguments torch functions take: dims (an int, a tuple, or None), shapes (t.view(2, 3) or
// t.view((2, 3))), and optional flags and numbers.

import type { Dims } from '../../../engine/index.ts';
import { None } from '../../objects/constants.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import { PyBool, PyInt } from '../../objects/int.ts';
import { PyList } from '../../objects/list.ts';
import type { PyObject } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { asIndex, asNumber, given } from '../../runtime/convert.ts';

/** `dim=`: an int, a tuple or list of ints, or None/absent for "all dims". */
export function asDims(obj: PyObject | undefined): Dims {
  if (!given(obj)) return null;
  if (obj instanceof PyTuple || obj instanceof PyList) return obj.items.map((d) => asIndex(d));
  return asIndex(obj);
}

/** A shape passed either as separate ints or as one tuple/list/torch.Size. */
export function asShape(args: readonly PyObject[]): number[] {
  const only = args.length === 1 ? args[0] : undefined;
  const items = only instanceof PyTuple || only instanceof PyList ? only.items : args;
  return items.map((d) => asIndex(d));
}

/** A bool flag (Python truthiness of bools and ints only, as PyTorch's argument parser). */
export function flag(obj: PyObject | undefined, fallback: boolean): boolean {
  if (!given(obj)) return fallback;
  if (obj instanceof PyBool) return obj.bool;
  if (obj instanceof PyInt) return obj.value !== 0;
  throw pyError(PyExc.TypeError, `expected a bool, not ${obj.type.name}`);
}

export function optionalNumber(obj: PyObject | undefined): number | null {
  return given(obj) ? asNumber(obj) : null;
}

export function numberOr(obj: PyObject | undefined, fallback: number): number {
  return given(obj) ? asNumber(obj) : fallback;
}

export function indexOr(obj: PyObject | undefined, fallback: number): number {
  return obj === undefined || obj === None ? fallback : asIndex(obj);
}
