// How PyTorch prints one element (torch/_tensor_str.py, _Formatter): one width and one mode for the whole tensor,
// chosen from its nonzero finite values. Precision 4; integral floats print as '1.'; scientific when
// max/min > 1000, max > 1e8, or (with fractions) min < 1e-4.

import { isFloating, type DType } from './arrayData.ts';
import { formatExponent, formatFixed } from './pyFloat.ts';
import { maxOf, minOf } from '../extremes.ts';

export const TORCH_PRECISION = 4;

export class TorchElementFormat {
  private readonly floating: boolean;
  private readonly bool: boolean;
  private intMode = true;
  private sciMode = false;
  private maxWidth = 1;

  /** `values` are the elements shown (the summarised ones when the tensor is summarised). */
  constructor(values: readonly number[], dtype: DType) {
    this.floating = isFloating(dtype);
    this.bool = dtype === 'bool';
    if (!this.floating) {
      for (const v of values) this.maxWidth = Math.max(this.maxWidth, this.text(v).length);
      return;
    }
    const shown = values.filter((v) => Number.isFinite(v) && v !== 0);
    if (shown.length === 0) return;
    const magnitudes = shown.map(Math.abs);
    const max = maxOf(magnitudes);
    const min = minOf(magnitudes);
    this.intMode = shown.every((v) => v === Math.ceil(v));
    if (this.intMode) {
      this.sciMode = max / min > 1000 || max > 1e8;
      // '1.' : the integral digits and the decimal point that says "float"
      for (const v of shown) {
        const width = this.sciMode ? formatExponent(v, TORCH_PRECISION).length : formatFixed(v, 0).length + 1;
        this.maxWidth = Math.max(this.maxWidth, width);
      }
    } else {
      this.sciMode = max / min > 1000 || max > 1e8 || min < 1e-4;
      for (const v of shown) {
        const text = this.sciMode ? formatExponent(v, TORCH_PRECISION) : formatFixed(v, TORCH_PRECISION);
        this.maxWidth = Math.max(this.maxWidth, text.length);
      }
    }
  }

  get width(): number {
    return this.maxWidth;
  }

  /** The element right-aligned to the common width. */
  format(value: number): string {
    const text = this.text(value);
    return ' '.repeat(Math.max(0, this.maxWidth - text.length)) + text;
  }

  private text(value: number): string {
    if (this.bool) return value ? 'True' : 'False';
    if (!this.floating) return String(value);
    if (this.sciMode) return formatExponent(value, TORCH_PRECISION);
    if (this.intMode) return formatFixed(value, 0) + (Number.isFinite(value) ? '.' : '');
    return formatFixed(value, TORCH_PRECISION);
  }
}
