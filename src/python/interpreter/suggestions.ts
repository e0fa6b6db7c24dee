// "Did you mean: 'print'?" — CPython 3.11's suggestions for NameError and AttributeError (Python/suggestions.c):
// a Levenshtein distance where a case change costs half a substitution, within a third of the lengths.

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: string, b: string): number {
  if ((a.charCodeAt(0) & 31) !== (b.charCodeAt(0) & 31)) return MOVE_COST;
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.slice(start);
  b = b.slice(start);
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.slice(0, a.length - end);
  b = b.slice(0, b.length - end);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let d = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = d + substitutionCost(b[bi]!, a[ai]!);
      d = buffer[ai]!;
      const insertDelete = Math.min(result, d) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to `name`, or null; candidates are tried in order, ties keep the first. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  const list = [...candidates];
  if (list.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of list) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = distance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
