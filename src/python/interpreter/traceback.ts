// Printing an exception the way CPython 3.11 does: chained exceptions first, then "Traceback (most recent call
// last):", a File/line/name entry per frame with the source line and carets under the failing expression, and
// the final "Type: message" line with its "Did you mean" suggestion.

import type { Node, Pos } from '../ast.ts';
import type { Context } from '../objects/context.ts';
import { PyBaseException, PyExc, type TracebackEntry } from '../objects/exception.ts';
import { PyStr } from '../objects/str.ts';
import { str } from '../runtime/text.ts';
import { dirNames } from '../builtins/object.ts';
import { entryNodes } from './exceptions.ts';
import { missingAttributeHint } from '../upstream/hints.ts';
import { closestName } from './suggestions.ts';

/** CPython prints a line repeated by recursion three times, then counts the rest. */
const RECURSIVE_CUTOFF = 3;

/** Where the candidates for a NameError suggestion come from: the failing frame's names, in CPython's order. */
export const nameErrorCandidates = new WeakMap<PyBaseException, () => Iterable<string>[]>();

export function qualifiedTypeName(exc: PyBaseException): string {
  const t = exc.type;
  const module = t.dict.get('__module__');
  const m = module instanceof PyStr ? module.value : t.module;
  return m === 'builtins' || m === '__main__' ? t.qualname : `${m}.${t.qualname}`;
}

/** str(exc), falling back as CPython does when __str__ itself fails. */
async function messageOf(ctx: Context, exc: PyBaseException): Promise<string> {
  try {
    return await str(ctx, exc);
  } catch {
    return '<exception str() failed>';
  }
}

function suggestion(exc: PyBaseException): string | null {
  const name = exc.dict?.get('name');
  if (!(name instanceof PyStr)) return null;
  if (exc.type === PyExc.NameError || exc.type === PyExc.UnboundLocalError) {
    for (const group of nameErrorCandidates.get(exc)?.() ?? []) {
      const s = closestName(name.value, group);
      if (s !== null) return s;
    }
    return null;
  }
  const obj = exc.dict?.get('obj');
  // A name the real library has is no typo: its message says so, and a near name would mislead.
  if (exc.isInstance(PyExc.AttributeError) && obj !== undefined && missingAttributeHint(obj, name.value) === '') {
    return closestName(name.value, dirNames(obj));
  }
  return null;
}

/** The final line's text after "Type: " (with the suggestion), or null when the message is empty. */
export async function exceptionMessage(ctx: Context, exc: PyBaseException): Promise<string> {
  let message = await messageOf(ctx, exc);
  const s = suggestion(exc);
  if (s !== null) message += `. Did you mean: '${s}'?`;
  return message;
}

export function exceptionLine(typeName: string, message: string): string {
  return message === '' ? typeName : `${typeName}: ${message}`;
}

/**
 * The caret line under a traceback entry's source, or null when the expression spans the whole line (CPython
 * then prints none). Binary operators get `~~~^~~~`, subscripts `~~~^^^`, as in 3.11.
 */
function caretLine(entry: TracebackEntry, original: string, anchors: Anchors | null): string | null {
  const stripped = original.trim();
  const leading = original.length - original.trimStart().length;
  const start = entry.col - 1;
  const end = entry.endLine === entry.line ? entry.endCol - 1 : leading + stripped.length;
  const useAnchors = entry.endLine === entry.line ? anchors : null;
  if (end - start >= stripped.length && !(useAnchors !== null && useAnchors.right - useAnchors.left > 0)) return null;
  if (start < leading) return null;
  let marks: string;
  if (useAnchors !== null) {
    marks = '~'.repeat(useAnchors.left) + '^'.repeat(useAnchors.right - useAnchors.left) + '~'.repeat(end - start - useAnchors.right);
  } else {
    marks = '^'.repeat(Math.max(1, end - start));
  }
  return '    ' + ' '.repeat(start - leading) + marks;
}

/** Offsets within the failing expression (0-based from its start) between which the '^' carets go. */
interface Anchors {
  left: number;
  right: number;
}

/** CPython's _extract_caret_anchors_from_line_segment, from the node instead of a re-parse. */
function anchorsFor(node: Pos | undefined, line: string): Anchors | null {
  if (node === undefined || !('kind' in node)) return null;
  const n = node as Node;
  if (n.line !== n.endLine) return null;
  if (n.kind === 'BinOp') {
    const operatorStart = n.left.endCol - n.col;
    const operator = line.slice(n.left.endCol - 1, n.right.col - 1);
    const offset = operator.length - operator.trimStart().length;
    const left = operatorStart + offset;
    let right = left + 1;
    if (offset + 1 < operator.length && !/\s/.test(operator[offset + 1]!)) right++;
    return { left, right };
  }
  if (n.kind === 'Subscript') return { left: n.value.endCol - n.col, right: n.slice.endCol - n.col + 1 };
  return null;
}

export async function formatTraceback(
  ctx: Context,
  exc: PyBaseException,
  sourceLine: (entry: TracebackEntry) => string | null,
  seen: Set<PyBaseException> = new Set(),
): Promise<string> {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += await formatTraceback(ctx, exc.cause, sourceLine, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += await formatTraceback(ctx, exc.context, sourceLine, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback.length > 0) out += 'Traceback (most recent call last):\n';
  let previous: TracebackEntry | null = null;
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > RECURSIVE_CUTOFF) {
      const more = repeats - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
    }
  };
  for (const entry of exc.traceback) {
    const same = previous !== null && previous.filename === entry.filename && previous.line === entry.line && previous.name === entry.name;
    previous = entry;
    if (same) {
      repeats++;
      if (repeats > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeats();
      repeats = 1;
    }
    out += `  File "${entry.filename}", line ${entry.line}, in ${entry.name}\n`;
    const original = sourceLine(entry);
    if (original !== null && original.trim() !== '') {
      out += `    ${original.trim()}\n`;
      const carets = caretLine(entry, original, anchorsFor(entryNodes.get(entry), original));
      if (carets !== null) out += carets + '\n';
    }
  }
  flushRepeats();
  out += exceptionLine(qualifiedTypeName(exc), await exceptionMessage(ctx, exc)) + '\n';
  return out;
}
