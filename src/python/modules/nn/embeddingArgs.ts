// padding_idx, shared by nn.Embedding and F.embedding: PyTorch checks it with a Python assert, so a row outside
// the table raises AssertionError, not the engine's ValueError.

import { EngineError, normalizePaddingIdx } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';
import type { PyObject } from '../../objects/object.ts';
import { asIndex, given } from '../../runtime/convert.ts';

/** padding_idx as a row of a table of `numEmbeddings` rows (negative counts from the end), or null for None. */
export function paddingIdxOf(obj: PyObject | undefined, numEmbeddings: number): number | null {
  if (!given(obj)) return null;
  try {
    return normalizePaddingIdx(asIndex(obj), numEmbeddings);
  } catch (e) {
    if (e instanceof EngineError) throw pyError(PyExc.AssertionError, e.message);
    throw e;
  }
}
