// The largest and smallest of many numbers. Math.max(...values) passes every value as an argument, which
// overflows a browser worker's stack for arrays the size of a dataset; these loop instead.

export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  for (const v of values) if (v > m || Number.isNaN(v)) m = v;
  return m;
}

export function minOf(values: Iterable<number>, empty = Infinity): number {
  let m = empty;
  for (const v of values) if (v < m || Number.isNaN(v)) m = v;
  return m;
}
