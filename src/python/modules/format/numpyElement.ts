// How NumPy prints one element of an array (numpy/core/arrayprint.py: FloatingFormat, IntegerFormat,
// BoolFormat) with floatmode 'maxprec' and sign '-', under np.set_printoptions' precision and suppress.
// Floats print their shortest round-tripping digits (at most 8 after the point) and are padded so the decimal
// points line up; scientific when max >= 1e8, min < 1e-4 or max/min > 1000.

import { isFloating, type DType } from './arrayData.ts';
import {
  exactDecimal,
  exponentSuffix,
  fractionLength,
  fractionPart,
  integerPart,
  roundDecimal,
  roundToFraction,
  scientificExponent,
  type Decimal,
} from './decimal.ts';
import { floatRepr } from './pyFloat.ts';
import { shortestDecimal } from './shortest.ts';
import { maxOf, minOf } from '../extremes.ts';
import { DEFAULT_PRINT_OPTIONS, type NumpyPrintOptions } from './printOptions.ts';


export type ElementFormat = (value: number) => string;

/** The formatter for an array's elements, sized from `values` (the summarised ones when summarising). */
export function numpyElementFormat(
  values: readonly number[],
  dtype: DType,
  ndim: number,
  options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS,
): ElementFormat {
  if (dtype === 'bool') {
    // ' True' lines up with 'False', except in a 0-d array
    const trueText = ndim > 0 ? ' True' : 'True';
    return (v) => (v ? trueText : 'False');
  }
  if (!isFloating(dtype)) {
    const width = values.length === 0
      ? 0
      : Math.max(String(maxOf(values)).length, String(minOf(values)).length);
    return (v) => String(v).padStart(width, ' ');
  }
  return floatingFormat(values, dtype === 'float32', options);
}

/** Dragon4 in 'unique' mode with a cutoff: shortest digits, rounded from the exact value past the cutoff. */
function uniqueWithCutoff(x: number, float32: boolean, fits: (d: Decimal) => boolean, cut: (d: Decimal) => Decimal): Decimal {
  const shortest = shortestDecimal(x, float32);
  return fits(shortest) ? shortest : cut(exactDecimal(x));
}

function positionalDigits(x: number, float32: boolean, precision: number): Decimal {
  return uniqueWithCutoff(x, float32, (d) => fractionLength(d) <= precision, (d) => roundToFraction(d, precision));
}

function scientificDigits(x: number, float32: boolean, precision: number): Decimal {
  return uniqueWithCutoff(x, float32, (d) => d.digits.length - 1 <= precision, (d) => roundDecimal(d, precision + 1));
}

function floatingFormat(values: readonly number[], float32: boolean, options: NumpyPrintOptions): ElementFormat {
  const cutoff = options.precision;
  const finite = values.filter(Number.isFinite);
  const magnitudes = finite.filter((v) => v !== 0).map(Math.abs);
  let scientific = false;
  if (magnitudes.length > 0) {
    const max = maxOf(magnitudes);
    const min = minOf(magnitudes);
    scientific = max >= 1e8 || (!options.suppress && (min < 1e-4 || max / min > 1000));
  }
  const sign = (d: Decimal) => (d.negative ? '-' : '');

  let padLeft = 0;
  let padRight = 0;
  let render: (x: number) => string;
  if (finite.length === 0) {
    render = (x) => positional(positionalDigits(x, float32, cutoff), 0, 0);
  } else if (scientific) {
    // First pass: how many digits the longest mantissa and exponent need; then every element gets that many.
    const firsts = finite.map((x) => scientificDigits(x, float32, cutoff));
    const precision = Math.max(...firsts.map((d) => Math.max(0, d.digits.length - 1)));
    const exponentDigits = Math.max(...firsts.map((d) => Math.max(2, String(Math.abs(scientificExponent(d))).length)));
    padLeft = Math.max(...firsts.map((d) => sign(d).length + 1));
    padRight = exponentDigits + 2 + precision;
    render = (x) => {
      // min_digits = precision: more digits than unique are taken from the exact value
      const shortest = shortestDecimal(x, float32);
      const d = shortest.digits.length - 1 === precision ? shortest : roundDecimal(exactDecimal(x), precision + 1);
      const digits = d.digits === '' ? '0'.repeat(precision + 1) : d.digits.padEnd(precision + 1, '0');
      const mantissa = (sign(d) + digits[0]).padStart(padLeft, ' ') + '.' + digits.slice(1);
      return mantissa + exponentSuffix(scientificExponent(d), exponentDigits);
    };
  } else {
    const firsts = finite.map((x) => positionalDigits(x, float32, cutoff));
    padLeft = Math.max(...firsts.map((d) => sign(d).length + integerPart(d).length));
    padRight = Math.max(...firsts.map(fractionLength));
    render = (x) => positional(positionalDigits(x, float32, cutoff), padLeft, padRight);
  }
  if (finite.length !== values.length) {
    // nan and inf must fit the column too
    const negativeInf = values.some((v) => v === -Infinity);
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + (negativeInf ? 1 : 0) - (padRight + 1));
  }
  return (x) => {
    if (Number.isFinite(x)) return render(x);
    return floatRepr(x).padStart(padLeft + padRight + 1, ' ');
  };

  function positional(d: Decimal, left: number, right: number): string {
    const whole = (sign(d) + integerPart(d)).padStart(left, ' ');
    return whole + '.' + fractionPart(d, fractionLength(d)).padEnd(right, ' ');
  }
}
