// Strided views as kernels see them. Before a dispatch, dims are coalesced: size-1 dims dropped and neighbours
// merged wherever every view steps through them as one run, so a contiguous tensor of any rank is walked as
// 1-D and most broadcasts as 2-D. The kernel is compiled for that rank (its shape class); the sizes, strides
// and offsets themselves are uniforms, so one pipeline serves every shape of the class.

import type { Shape } from '../../shape.ts';

export const MAX_RANK = 6;

export interface Coalesced {
  readonly shape: number[];
  /** One stride list per view, aligned with `shape`. */
  readonly strides: number[][];
}

export function coalesce(shape: Shape, strides: readonly (readonly number[])[]): Coalesced {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d];
    if (size === 1) continue;
    const last = outShape.length - 1;
    const mergeable = last >= 0 && strides.every((s, v) => s[d] === outStrides[v][last] * outShape[last]);
    if (mergeable) {
      outShape[last] *= size;
    } else {
      outShape.push(size);
      strides.forEach((s, v) => outStrides[v].push(s[d]));
    }
  }
  if (outShape.length === 0) return { shape: [1], strides: strides.map(() => [0]) };
  if (outShape.length > MAX_RANK) throw new Error(`WebGPU kernels support views of at most ${MAX_RANK} non-mergeable dims`);
  outShape.reverse();
  outStrides.forEach((s) => s.reverse());
  return { shape: outShape, strides: outStrides };
}

/** True when a coalesced view is one run of consecutive elements. */
export const isDenseRun = (strides: readonly number[]): boolean => strides.length === 1 && strides[0] === 1;

/** Growing list of 32-bit params for one dispatch's uniform slot. */
export class Params {
  private readonly words: number[] = [];
  private static readonly scratch = new DataView(new ArrayBuffer(4));

  /** The index the next word will have (what WGSL's param(i) reads). */
  get next(): number {
    return this.words.length;
  }

  u32(value: number): number {
    this.words.push(value >>> 0);
    return this.words.length - 1;
  }

  i32(value: number): number {
    this.words.push(value | 0);
    return this.words.length - 1;
  }

  f32(value: number): number {
    Params.scratch.setFloat32(0, value, true);
    this.words.push(Params.scratch.getUint32(0, true));
    return this.words.length - 1;
  }

  list(values: readonly number[], as: 'u32' | 'i32'): number {
    const at = this.words.length;
    for (const v of values) (as === 'u32' ? this.u32(v) : this.i32(v));
    return at;
  }

  toArray(): Uint32Array {
    return Uint32Array.from(this.words, (w) => w >>> 0);
  }
}

/**
 * WGSL that splits the linear index `index` into coordinates c0..c{rank-1} of the shape stored at param
 * `shapeAt` (row-major: the last coordinate varies fastest).
 */
export function coordinatesCode(rank: number, shapeAt: number, index: string, prefix = 'c'): string {
  const lines = [`var ${prefix}_rest = ${index};`];
  for (let d = rank - 1; d >= 1; d--) {
    lines.push(`let ${prefix}${d} = ${prefix}_rest % param(${shapeAt + d}u);`);
    lines.push(`${prefix}_rest = ${prefix}_rest / param(${shapeAt + d}u);`);
  }
  lines.push(`let ${prefix}0 = ${prefix}_rest;`);
  return lines.join('\n  ');
}

/** WGSL (an i32 expression) for the sum of coordinates c0.. times the strides stored at param `stridesAt`. */
export function stridedSum(rank: number, stridesAt: number, prefix = 'c'): string {
  const terms: string[] = [];
  for (let d = 0; d < rank; d++) terms.push(`i32(${prefix}${d}) * param_i(${stridesAt + d}u)`);
  return terms.join(' + ');
}

/** WGSL for the element offset (a u32 expression) of coordinates c0.. under the offset and strides at params. */
export function offsetExpr(rank: number, offsetAt: number, stridesAt: number, prefix = 'c'): string {
  return `u32(param_i(${offsetAt}u) + ${stridedSum(rank, stridesAt, prefix)})`;
}
