// Tensor element types and PyTorch's type-promotion rules.
//
// int64 is stored in a Float64Array, not a BigInt64Array: labels, indices and counts are far below 2^53, where
// doubles hold integers exactly, so every kernel can share one number-typed code path (BigInt arithmetic would
// need a second copy of each kernel, and WebGPU has no 64-bit integers at all).

export type DType = 'float32' | 'float64' | 'int64' | 'bool';

export type TypedArray = Float32Array | Float64Array | Uint8Array;

/** PyTorch's default floating dtype (`torch.get_default_dtype()`). */
export const DEFAULT_FLOAT: DType = 'float32';

type Category = 0 | 1 | 2; // bool < integral < floating, the order PyTorch promotes along

const CATEGORY: Record<DType, Category> = { bool: 0, int64: 1, float32: 2, float64: 2 };
const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

export const isFloating = (dtype: DType): boolean => CATEGORY[dtype] === 2;
export const isIntegral = (dtype: DType): boolean => CATEGORY[dtype] === 1;

/** `torch.promote_types` restricted to our four dtypes: the wider of the two along bool < int64 < float32 < float64. */
export function promoteTypes(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

export function allocArray(dtype: DType, length: number): TypedArray {
  switch (dtype) {
    case 'float32':
      return new Float32Array(length);
    case 'float64':
    case 'int64':
      return new Float64Array(length);
    case 'bool':
      return new Uint8Array(length);
  }
}

/** Converts one stored value into what that dtype would hold (truncation for int64, 0/1 for bool). */
export function coerceValue(dtype: DType, value: number): number {
  switch (dtype) {
    case 'float32':
      return Math.fround(value);
    case 'float64':
      return value;
    case 'int64':
      return Math.trunc(value);
    case 'bool':
      return value !== 0 ? 1 : 0;
  }
}

/** The name PyTorch prints in error messages, e.g. `torch.FloatTensor`. */
export function legacyTypeName(dtype: DType): string {
  const names: Record<DType, string> = {
    float32: 'torch.FloatTensor',
    float64: 'torch.DoubleTensor',
    int64: 'torch.LongTensor',
    bool: 'torch.BoolTensor',
  };
  return names[dtype];
}

/** The scalar-type name PyTorch uses in messages such as "expected scalar type Float but found Long". */
export function scalarTypeName(dtype: DType): string {
  const names: Record<DType, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };
  return names[dtype];
}

/**
 * How an operand takes part in `torch.result_type`: tensors with dimensions decide first; zero-dim tensors and
 * Python numbers ("wrapped numbers") only raise the result when they belong to a higher category, and a wrapped
 * Python float counts as the default float dtype, so `int_tensor * 2.5` is float32, not float64.
 */
export type Participation = 'dimensioned' | 'zero-dim' | 'wrapped';

export interface PromotionOperand {
  readonly dtype: DType;
  readonly participation: Participation;
}

export function resultType(operands: readonly PromotionOperand[]): DType {
  let dim: DType | null = null;
  let zero: DType | null = null;
  let wrapped: DType | null = null;
  for (const { dtype, participation } of operands) {
    if (participation === 'dimensioned') dim = dim === null ? dtype : promoteTypes(dim, dtype);
    else if (participation === 'zero-dim') zero = zero === null ? dtype : promoteTypes(zero, dtype);
    else {
      const asWrapped = isFloating(dtype) ? DEFAULT_FLOAT : dtype;
      wrapped = wrapped === null ? asWrapped : promoteTypes(wrapped, asWrapped);
    }
  }
  const combined = combineCategories(dim, combineCategories(zero, wrapped));
  if (combined === null) throw new Error('resultType needs at least one operand');
  return combined;
}

// PyTorch's combine_categories: the higher-priority state wins unless the lower one is of a higher category.
function combineCategories(higher: DType | null, lower: DType | null): DType | null {
  if (higher === null) return lower;
  if (lower === null) return higher;
  if (isFloating(higher)) return higher;
  if (higher === 'bool' || isFloating(lower)) return promoteTypes(higher, lower);
  return higher;
}
