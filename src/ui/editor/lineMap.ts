// Where the lesson's lines went after the learner's edits, so concept links can still point at the right code
// when a pane holds edited work (kept from an earlier visit, say). Lines are matched by a longest common
// subsequence, as a diff does; a run of changed lines between two matches that kept its length maps line for
// line, since that is an edit inside each line (`epochs=200` made `epochs=500`), not new code.

/** Past this many line pairs the table is too big to build on every refresh; links are then left out. */
const MAX_CELLS = 4_000_000;

/**
 * For each line of `before` (index 0 is line 1), its line number in `after`, or null where it was removed or
 * rewritten beyond recognition. Null for every line when the texts are too long to compare.
 */
export function lineMapping(before: string, after: string): (number | null)[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const mapped: (number | null)[] = a.map(() => null);
  if (a.length * b.length > MAX_CELLS) return mapped;
  // common[i][j]: the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let gapA = 0;
  let gapB = 0;
  const closeGap = () => {
    // Lines changed in place: as many went as came.
    if (i - gapA === j - gapB) for (let k = 0; k < i - gapA; k++) mapped[gapA + k] = gapB + k + 1;
  };
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      closeGap();
      mapped[i] = j + 1;
      i++;
      j++;
      gapA = i;
      gapB = j;
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  i = a.length;
  j = b.length;
  closeGap();
  return mapped;
}

/** A range of `before`'s lines (1-based, inclusive) in `after`: the span of its lines that survived, or null. */
export function mapRange(mapping: readonly (number | null)[], [first, last]: readonly [number, number]): [number, number] | null {
  const lines: number[] = [];
  for (let line = first; line <= last; line++) {
    const to = mapping[line - 1];
    if (to !== null && to !== undefined) lines.push(to);
  }
  return lines.length === 0 ? null : [Math.min(...lines), Math.max(...lines)];
}
