// What a printer needs to know about a tensor or an array: its shape, its dtype and its values in row-major order.

/** The element types Tandem's tensors and arrays hold; names as NumPy spells them (torch adds 'torch.'). */
export type DType = 'float32' | 'float64' | 'int32' | 'int64' | 'bool';

export interface ArrayData {
  readonly shape: readonly number[];
  readonly dtype: DType;
  /** Row-major values; bools as 1 and 0. */
  readonly values: ArrayLike<number>;
}

export function isFloating(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float64';
}

/** A read-only n-d view over the flat values: how both printers walk sub-arrays without copying. */
export class NDView {
  readonly ndim: number;

  constructor(
    readonly values: ArrayLike<number>,
    readonly shape: readonly number[],
    private readonly offset = 0,
    private readonly strides: readonly number[] = rowMajorStrides(shape),
  ) {
    this.ndim = shape.length;
  }

  static of(data: ArrayData): NDView {
    return new NDView(data.values, data.shape);
  }

  get size(): number {
    return this.shape.reduce((a, b) => a * b, 1);
  }

  /** The sub-array at `index` along the first axis; negative counts from the end, as in Python. */
  at(index: number): NDView {
    const length = this.shape[0]!;
    const i = index < 0 ? length + index : index;
    return new NDView(this.values, this.shape.slice(1), this.offset + i * this.strides[0]!, this.strides.slice(1));
  }

  /** The value of a 0-d view. */
  item(): number {
    return this.values[this.offset]!;
  }

  /** Every value, in row-major order. */
  flat(): number[] {
    if (this.ndim === 0) return [this.item()];
    const out: number[] = [];
    for (let i = 0; i < this.shape[0]!; i++) for (const v of this.at(i).flat()) out.push(v);
    return out;
  }

  /**
   * The values a summarised print shows: the first and last `edgeItems` along every axis longer than twice that
   * (NumPy's _leading_trailing, PyTorch's get_summarized_data). Printers size their columns from these alone.
   */
  edges(edgeItems: number): number[] {
    if (this.ndim === 0) return [this.item()];
    const length = this.shape[0]!;
    const indices = length > 2 * edgeItems
      ? [...range(0, edgeItems), ...range(length - edgeItems, length)]
      : range(0, length);
    return indices.flatMap((i) => this.at(i).edges(edgeItems));
  }
}

export function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis]!;
  }
  return strides;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** Python's repr of a shape tuple: (0, 3), (5,), (). */
export function shapeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
