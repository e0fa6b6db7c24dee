// Iterators implemented natively: list/range/dict iterators, enumerate, zip, map, filter, generator
// expressions. `next` returns undefined when exhausted (Python's StopIteration, without an exception).

import type { Context } from './context.ts';
import { PyObject, PyType, objectType } from './object.ts';

export type NextFn = (ctx: Context) => PyObject | undefined | Promise<PyObject | undefined>;

/** The common base of native iterators, where __iter__ and __next__ live. CPython calls its own 'iterator'. */
export const iteratorBaseType = new PyType('iterator', [objectType]);

const iteratorTypes = new Map<string, PyType>([['iterator', iteratorBaseType]]);

/** The type of a kind of native iterator ('list_iterator', 'enumerate', 'generator', ...). */
export function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (t === undefined) {
    t = new PyType(name, [iteratorBaseType]);
    iteratorTypes.set(name, t);
  }
  return t;
}

export class PyIterator extends PyObject {
  declare readonly next: NextFn;
  /** What the `next` closure reads (the list, the source iterators, a comprehension's scope): a closure is
   *  invisible to the runtime's reachability walk, so the iterator lists it. */
  declare readonly holds: readonly unknown[];
  constructor(typeName: string, next: NextFn, holds: readonly unknown[]) {
    super(iteratorType(typeName));
    this.next = next;
    this.holds = holds;
  }

  override traceTensors(visit: (value: unknown) => void): void {
    for (const value of this.holds) visit(value);
  }
}

/** An iterator over items already computed. */
export function iteratorOver(typeName: string, items: readonly PyObject[]): PyIterator {
  let i = 0;
  return new PyIterator(typeName, () => (i < items.length ? items[i++] : undefined), [items]);
}
