// A pane's console: what the program printed, its error, and the notes we add (e.g. "Stopped."). Kept as text,
// never HTML (DESIGN.md: user code is untrusted); the UI renders each entry as a text node.

export type ConsoleKind = 'stdout' | 'error' | 'note';

export interface ConsoleEntry {
  kind: ConsoleKind;
  text: string;
}

/**
 * How much output a console keeps. A `while True: print(i)` must not grow the page's memory without bound;
 * like a terminal's scrollback, the oldest text goes first.
 */
export const CONSOLE_LIMIT_CHARS = 100_000;

/** Appends text, merging it into the last entry when that is of the same kind (stdout arrives in chunks). */
export function appendConsole(
  entries: readonly ConsoleEntry[],
  kind: ConsoleKind,
  text: string,
  limit = CONSOLE_LIMIT_CHARS,
): ConsoleEntry[] {
  if (text === '') return [...entries];
  const last = entries.at(-1);
  const next =
    last !== undefined && last.kind === kind
      ? [...entries.slice(0, -1), { kind, text: last.text + text }]
      : [...entries, { kind, text }];
  return trimFront(next, limit);
}

function trimFront(entries: ConsoleEntry[], limit: number): ConsoleEntry[] {
  let excess = entries.reduce((sum, entry) => sum + entry.text.length, 0) - limit;
  if (excess <= 0) return entries;
  const kept = [...entries];
  while (excess > 0 && kept.length > 0) {
    const first = kept[0]!;
    if (first.text.length <= excess) {
      excess -= first.text.length;
      kept.shift();
    } else {
      kept[0] = { kind: first.kind, text: first.text.slice(excess) };
      excess = 0;
    }
  }
  return kept;
}
