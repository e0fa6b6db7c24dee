// A view seen as rows, as reductions and softmax see it: the kept dims (one row each, in row-major order) and the
// reduced dims (the row's elements), each coalesced on its own, with sizes and strides as params.

import { numel } from '../../../shape.ts';
import type { StridedView } from '../../backend.ts';
import { coalesce, coordinatesCode, offsetExpr, Params, stridedSum } from '../layout.ts';
import type { StorageType } from '../storage.ts';
import { HELPERS, PARAMS } from '../wgsl/prelude.ts';

export interface Split {
  readonly keptShape: number[];
  readonly keptStrides: number[];
  readonly redShape: number[];
  readonly redStrides: number[];
  readonly outputs: number;
  readonly reduced: number;
}

export function split(x: StridedView, axes: readonly number[]): Split {
  const kept = x.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const k = coalesce(kept.map((i) => x.shape[i]), [kept.map((i) => x.strides[i])]);
  const r = coalesce(axes.map((i) => x.shape[i]), [axes.map((i) => x.strides[i])]);
  return {
    keptShape: k.shape,
    keptStrides: k.strides[0],
    redShape: r.shape,
    redStrides: r.strides[0],
    outputs: numel(kept.map((i) => x.shape[i])),
    reduced: numel(axes.map((i) => x.shape[i])),
  };
}

// Params shared by the row kernels: outputs, reduced count, offset, kept shape+strides, reduced
// shape+strides, and one more word (a reduction's chunk length, softmax's elements after its axis).
export function writeParams(s: Split, offset: number, extra: number): Params {
  const p = new Params();
  p.u32(s.outputs);
  p.u32(s.reduced);
  p.i32(offset);
  p.list(s.keptShape, 'u32');
  p.list(s.keptStrides, 'i32');
  p.list(s.redShape, 'u32');
  p.list(s.redStrides, 'i32');
  p.u32(extra);
  return p;
}

export interface Layout {
  readonly keptRank: number;
  readonly redRank: number;
}

export const at = ({ keptRank, redRank }: Layout) => ({
  keptShape: 3,
  keptStrides: 3 + keptRank,
  redShape: 3 + 2 * keptRank,
  redStrides: 3 + 2 * keptRank + redRank,
  // The last word: a reduction's chunk length, softmax's elements after its axis.
  extra: 3 + 2 * keptRank + 2 * redRank,
});

/** WGSL: `base`, the offset of output `o`'s first element, and `elem(r)`, the offset of its r-th element. */
export function addressing(layout: Layout): string {
  const a = at(layout);
  const reducedOffset =
    layout.redRank === 1
      ? `return u32(i32(base) + i32(r) * param_i(${a.redStrides}u));`
      : `${coordinatesCode(layout.redRank, a.redShape, 'r', 'e')}\n  return u32(i32(base) + ${stridedSum(layout.redRank, a.redStrides, 'e')});`;
  return `
fn base_of(o: u32) -> u32 {
  ${coordinatesCode(layout.keptRank, a.keptShape, 'o', 'k')}
  return ${offsetExpr(layout.keptRank, 2, a.keptStrides, 'k')};
}
fn elem(base: u32, r: u32) -> u32 {
  ${reducedOffset}
}`;
}

/** What every row kernel (reductions, softmax) starts with: parameters, helpers, its input and output bindings
 *  and the row addressing. */
export function kernelHead(input: StorageType, output: StorageType, layout: Layout): string {
  return `${PARAMS}${HELPERS}
@group(0) @binding(1) var<storage, read> x: array<${input}>;
@group(0) @binding(2) var<storage, read_write> out: array<${output}>;
${addressing(layout)}`;
}
