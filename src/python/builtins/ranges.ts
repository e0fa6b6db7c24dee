// range and slice objects, and the simple singletons' reprs (None, NotImplemented, Ellipsis).

import { ellipsisType, None, noneType, NotImplemented, notImplementedType } from '../objects/constants.ts';
import { PyExc, pyError } from '../objects/exception.ts';
import { iteratorOver } from '../objects/iterator.ts';
import { PyInt, pyBool, pyInt } from '../objects/int.ts';
import type { PyObject } from '../objects/object.ts';
import { PyRange, rangeType } from '../objects/range.ts';
import { PySlice, sliceType } from '../objects/slice.ts';
import { pyStr } from '../objects/str.ts';
import { pyTuple } from '../objects/tuple.ts';
import { asIndex, sliceBounds } from '../runtime/convert.ts';
import { nativeIterator } from '../runtime/iteration.ts';
import { addMembers, getter, method } from '../runtime/native.ts';
import { pyEquals } from '../runtime/operators.ts';
import { builtinGetItem } from '../runtime/subscript.ts';
import { repr } from '../runtime/text.ts';

function range(obj: PyObject): PyRange {
  if (obj instanceof PyRange) return obj;
  throw pyError(PyExc.TypeError, `descriptor requires a 'range' object but received a '${obj.type.name}'`);
}

/** Whether an int is one of the range's values, without iterating. */
function rangeHas(r: PyRange, x: PyObject): boolean | undefined {
  if (!(x instanceof PyInt)) return undefined;
  const v = Number(x.value);
  if (r.length === 0) return false;
  const last = r.at(r.length - 1);
  const inSpan = r.step > 0 ? v >= r.start && v <= last : v <= r.start && v >= last;
  return inSpan && (v - r.start) % r.step === 0;
}

export function installRanges(): void {
  rangeType.construct = (_ctx, _type, args, kwargs) => {
    if (kwargs.size > 0) throw pyError(PyExc.TypeError, 'range() takes no keyword arguments');
    if (args.length === 0) throw pyError(PyExc.TypeError, 'range expected at least 1 argument, got 0');
    if (args.length > 3) throw pyError(PyExc.TypeError, `range expected at most 3 arguments, got ${args.length}`);
    const n = args.map(asIndex);
    if (n.length === 1) return new PyRange(0, n[0]!, 1);
    const step = n[2] ?? 1;
    if (step === 0) throw pyError(PyExc.ValueError, 'range() arg 3 must not be zero');
    return new PyRange(n[0]!, n[1]!, step);
  };
  addMembers(rangeType, {
    __repr__: method(['self'], (_ctx, [r]) => {
      const { start, stop, step } = range(r);
      return pyStr(step === 1 ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`);
    }),
    __len__: method(['self'], (_ctx, [r]) => pyInt(range(r).length)),
    __iter__: method(['self'], (_ctx, [r]) => nativeIterator(range(r))!),
    __reversed__: method(['self'], (_ctx, [r]) => {
      const rr = range(r);
      const values: PyObject[] = [];
      for (let i = rr.length - 1; i >= 0; i--) values.push(pyInt(rr.at(i)));
      return iteratorOver('range_iterator', values);
    }),
    __getitem__: method(['self', 'key'], async (ctx, [r, key]) => (await builtinGetItem(ctx, range(r), key))!),
    __contains__: method(['self', 'x'], async (ctx, [r, x]) => {
      const fast = rangeHas(range(r), x);
      if (fast !== undefined) return pyBool(fast);
      for (let i = 0; i < range(r).length; i++) if (await pyEquals(ctx, pyInt(range(r).at(i)), x)) return pyBool(true);
      return pyBool(false);
    }),
    __eq__: method(['self', 'other'], (_ctx, [r, other]) => {
      if (!(other instanceof PyRange)) return NotImplemented;
      const a = range(r);
      if (a.length !== other.length) return pyBool(false);
      if (a.length === 0) return pyBool(true);
      return pyBool(a.start === other.start && (a.length === 1 || a.step === other.step));
    }),
    index: method(['self', 'x'], async (ctx, [r, x]) => {
      const rr = range(r);
      if (rangeHas(rr, x) === true) return pyInt((Number((x as PyInt).value) - rr.start) / rr.step);
      throw pyError(PyExc.ValueError, `${await repr(ctx, x)} is not in range`);
    }),
    count: method(['self', 'x'], (_ctx, [r, x]) => pyInt(rangeHas(range(r), x) === true ? 1 : 0)),
    start: getter((_ctx, r) => pyInt(range(r).start)),
    stop: getter((_ctx, r) => pyInt(range(r).stop)),
    step: getter((_ctx, r) => pyInt(range(r).step)),
  });

  sliceType.construct = (_ctx, _type, args) => {
    if (args.length === 1) return new PySlice(None, args[0]!, None);
    if (args.length === 2 || args.length === 3) return new PySlice(args[0]!, args[1]!, args[2] ?? None);
    throw pyError(PyExc.TypeError, `slice expected at least 1 argument, got ${args.length}`);
  };
  addMembers(sliceType, {
    __repr__: method(['self'], async (ctx, [s]) => {
      const sl = s as PySlice;
      return pyStr(`slice(${await repr(ctx, sl.start)}, ${await repr(ctx, sl.stop)}, ${await repr(ctx, sl.step)})`);
    }),
    start: getter((_ctx, s) => (s as PySlice).start),
    stop: getter((_ctx, s) => (s as PySlice).stop),
    step: getter((_ctx, s) => (s as PySlice).step),
    indices: method(['self', 'length'], (_ctx, [s, length]) => {
      const b = sliceBounds(s as PySlice, asIndex(length));
      return pyTuple([pyInt(b.start), pyInt(b.stop), pyInt(b.step)]);
    }),
  });
  sliceType.dict.set('__hash__', None);

  addMembers(noneType, {
    __repr__: method(['self'], () => pyStr('None')),
    __bool__: method(['self'], () => pyBool(false)),
  });
  addMembers(notImplementedType, { __repr__: method(['self'], () => pyStr('NotImplemented')) });
  addMembers(ellipsisType, { __repr__: method(['self'], () => pyStr('Ellipsis')) });
}
