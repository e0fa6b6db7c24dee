// NumPy slices may step backwards (`a[::-1]`); the engine's slices, like PyTorch's, may not. A backward slice
// selects the same elements as a forward one over the same positions, in reverse order: so it is rewritten as
// that forward slice, and the result is flipped along the slice's output dim.

import type { IndexItem } from '../../../engine/index.ts';
import { PyExc, pyError } from '../../objects/exception.ts';

export interface ForwardIndex {
  items: IndexItem[];
  /** Output dims to reverse after indexing with `items`. */
  flipDims: number[];
}

/** The positions a[start:stop:step] takes along a dim of `length`, for step < 0, as a forward slice. */
function forwardSlice(start: number | null, stop: number | null, step: number, length: number): IndexItem {
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + length : v, -1), length - 1);
  const first = start === null ? length - 1 : clamp(start);
  const end = stop === null ? -1 : clamp(stop);
  const count = first > end ? Math.floor((first - end - 1) / -step) + 1 : 0;
  if (count === 0) return { kind: 'slice', start: 0, stop: 0, step: 1 };
  const last = first + (count - 1) * step;
  return { kind: 'slice', start: last, stop: first + 1, step: -step };
}

/** `items` with every backward slice made forward, and the output dims that must then be flipped. */
export function forwardIndex(shape: readonly number[], items: readonly IndexItem[]): ForwardIndex {
  const backward = items.some((it) => it.kind === 'slice' && it.step !== null && it.step < 0);
  if (!backward) return { items: [...items], flipDims: [] };
  if (items.some((it) => it.kind === 'tensor')) {
    throw pyError(PyExc.NotImplementedError, 'a negative slice step together with index arrays is not supported in Tandem');
  }
  const consumed = items.filter((it) => it.kind === 'int' || it.kind === 'slice').length;
  const out: IndexItem[] = [];
  const flipDims: number[] = [];
  let inputDim = 0;
  let outputDim = 0;
  for (const it of items) {
    switch (it.kind) {
      case 'int':
        inputDim++;
        out.push(it);
        break;
      case 'none':
        outputDim++;
        out.push(it);
        break;
      case 'ellipsis': {
        const spanned = Math.max(shape.length - consumed, 0);
        inputDim += spanned;
        outputDim += spanned;
        out.push(it);
        break;
      }
      case 'slice':
        if (it.step !== null && it.step < 0) {
          out.push(forwardSlice(it.start, it.stop, it.step, shape[inputDim] ?? 0));
          flipDims.push(outputDim);
        } else {
          out.push(it);
        }
        inputDim++;
        outputDim++;
        break;
      case 'tensor':
        break;
    }
  }
  return { items: out, flipDims };
}
