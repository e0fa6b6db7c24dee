// Shapes, strides and PyTorch's broadcasting rules, with PyTorch's error messages.

import { indexError, runtimeError } from './errors.ts';

export type Shape = readonly number[];

export const numel = (shape: Shape): number => shape.reduce((n, d) => n * d, 1);

export function contiguousStrides(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = step;
    step *= shape[i];
  }
  return strides;
}

export const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/** PyTorch prints shapes as `[2, 3]` in most messages. */
export const formatShape = (shape: Shape): string => `[${shape.join(', ')}]`;

export function broadcastShapes(a: Shape, b: Shape): number[] {
  const ndim = Math.max(a.length, b.length);
  const out = new Array<number>(ndim);
  // From the last dim back, as PyTorch's infer_size, so the first mismatch reported is the innermost.
  // (Indices are checked, not left to `?? 1`: reading a negative index makes V8 look up a property by name.)
  for (let i = ndim - 1; i >= 0; i--) {
    const ia = a.length - ndim + i;
    const ib = b.length - ndim + i;
    const da = ia >= 0 ? a[ia] : 1;
    const db = ib >= 0 ? b[ib] : 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw runtimeError(
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

export function broadcastAll(shapes: readonly Shape[]): number[] {
  return shapes.reduce<number[]>((acc, s) => broadcastShapes(acc, s), []);
}

/** Wraps a possibly negative dim into [0, ndim), with PyTorch's IndexError. A 0-d tensor accepts dims -1 and 0. */
export function normalizeDim(dim: number, ndim: number): number {
  const size = Math.max(ndim, 1);
  if (dim < -size || dim >= size) {
    throw indexError(`Dimension out of range (expected to be in range of [${-size}, ${size - 1}], but got ${dim})`);
  }
  return dim < 0 ? dim + size : dim;
}

/** Resolves a single -1 in a requested view shape against the element count. */
export function inferShape(requested: Shape, total: number): number[] {
  let unknown = -1;
  let known = 1;
  requested.forEach((d, i) => {
    if (d === -1) {
      if (unknown !== -1) throw runtimeError('only one dimension can be inferred');
      unknown = i;
    } else if (d < 0) {
      throw runtimeError(`invalid shape dimension ${d}`);
    } else {
      known *= d;
    }
  });
  const shape = [...requested];
  if (unknown !== -1) {
    if (known === 0 || total % known !== 0) {
      throw runtimeError(`shape '${formatShape(requested)}' is invalid for input of size ${total}`);
    }
    shape[unknown] = total / known;
  } else if (known !== total) {
    throw runtimeError(`shape '${formatShape(requested)}' is invalid for input of size ${total}`);
  }
  return shape;
}
