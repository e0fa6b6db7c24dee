// sorted() and list.sort(): stable, comparing only with `<` as Python does, with key= and reverse=.
// Numbers and strings sort natively; anything else (tuples, user objects with __lt__) through an async merge
// sort, since each comparison may run Python code.

import type { Context } from '../objects/context.ts';
import { floatType, PyFloat } from '../objects/float.ts';
import { boolType, intType, PyInt } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { PyStr, strType } from '../objects/str.ts';
import { callObject } from '../runtime/call.ts';
import { lessThan } from '../runtime/operators.ts';

function nativeOrder(keys: PyObject[]): ((a: number, b: number) => number) | null {
  if (keys.every((k) => (k.type === intType || k.type === boolType || k.type === floatType) && !Number.isNaN(Number((k as PyInt | PyFloat).value)))) {
    const v = keys.map((k) => (k as PyInt | PyFloat).value);
    return (a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0);
  }
  if (keys.every((k) => k.type === strType)) {
    const v = keys.map((k) => (k as PyStr).value);
    return (a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0);
  }
  return null;
}

/** Returns the items sorted (a new array); `key` is a Python callable or null. */
export async function sortItems(ctx: Context, items: PyObject[], key: PyObject | null, reverse: boolean): Promise<PyObject[]> {
  const keys: PyObject[] = [];
  for (const item of items) keys.push(key === null ? item : await callObject(ctx, key, [item]));
  // Sorting indices keeps items and keys together; reversing before and after keeps equal items in their
  // original order under reverse=True, exactly as CPython does.
  let order = items.map((_, i) => i);
  if (reverse) order.reverse();
  const native = nativeOrder(keys);
  if (native !== null) order.sort(native);
  else if (order.length < MIN_MERGE) order = await binaryInsertionSort(ctx, order, keys);
  else order = await mergeSort(ctx, order, keys);
  if (reverse) order.reverse();
  return order.map((i) => items[i]!);
}

/** Below this length CPython's timsort is one run: count_run, then binary insertion (listobject.c). */
const MIN_MERGE = 64;

/**
 * CPython's sort for short lists, comparison for comparison, so that comparing incomparable items fails with
 * the same operands in the same order ("'<' not supported between instances of 'str' and 'int'").
 */
async function binaryInsertionSort(ctx: Context, order: number[], keys: PyObject[]): Promise<number[]> {
  const a = [...order];
  const lt = (x: number, y: number) => lessThan(ctx, keys[x]!, keys[y]!);
  if (a.length < 2) return a;
  // count_run: the longest ascending (or strictly descending, then reversed) prefix.
  let run = 2;
  if (await lt(a[1]!, a[0]!)) {
    while (run < a.length && (await lt(a[run]!, a[run - 1]!))) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
  } else {
    while (run < a.length && !(await lt(a[run]!, a[run - 1]!))) run++;
  }
  // binarysort: insert the rest, each after any equal items.
  for (let start = run; start < a.length; start++) {
    const pivot = a[start]!;
    let l = 0;
    let r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (await lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    }
    a.splice(start, 1);
    a.splice(l, 0, pivot);
  }
  return a;
}

async function mergeSort(ctx: Context, order: number[], keys: PyObject[]): Promise<number[]> {
  if (order.length <= 1) return order;
  const mid = order.length >> 1;
  const left = await mergeSort(ctx, order.slice(0, mid), keys);
  const right = await mergeSort(ctx, order.slice(mid), keys);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    // Take from the right only when strictly smaller: equal items keep their order.
    if (await lessThan(ctx, keys[right[j]!]!, keys[left[i]!]!)) out.push(right[j++]!);
    else out.push(left[i++]!);
  }
  while (i < left.length) out.push(left[i++]!);
  while (j < right.length) out.push(right[j++]!);
  return out;
}
