// CPython's float formatting: format(x, '.4f'), format(x, '.4e') and repr(x). PyTorch's printer is built from
// the first two; repr is how Python, and NumPy's float scalars, show a single number.

import {
  exactDecimal,
  exponentSuffix,
  fractionPart,
  integerPart,
  roundDecimal,
  roundToFraction,
  scientificExponent,
  type Decimal,
} from './decimal.ts';
import { shortestDecimal } from './shortest.ts';

function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

function sign(d: Decimal): string {
  return d.negative ? '-' : '';
}

/** format(x, f'.{precision}f') */
export function formatFixed(x: number, precision: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const d = roundToFraction(exactDecimal(x), precision);
  const fraction = precision > 0 ? '.' + fractionPart(d, precision) : '';
  return sign(d) + integerPart(d) + fraction;
}

/** format(x, f'.{precision}e') */
export function formatExponent(x: number, precision: number): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const d = roundDecimal(exactDecimal(x), precision + 1);
  const digits = d.digits.padEnd(precision + 1, '0');
  const mantissa = precision > 0 ? digits[0] + '.' + digits.slice(1) : digits[0]!;
  return sign(d) + mantissa + exponentSuffix(scientificExponent(d), 2);
}

/**
 * repr(x) for a Python float, or for a NumPy float32 scalar when `float32` is set: the shortest round-tripping
 * digits, positional between 1e-4 and 1e16 ('2.0', '0.0001'), otherwise scientific ('1e+16', '1.5e-05').
 */
export function floatRepr(x: number, float32 = false): string {
  const special = nonFinite(x);
  if (special !== null) return special;
  const d = shortestDecimal(x, float32);
  const exponent = scientificExponent(d);
  // Python decides on the digits it prints; NumPy's scalar repr on the value (np.float32(1e-4) is just below).
  const magnitude = Math.abs(x);
  const positional = float32 ? magnitude >= 1e-4 && magnitude < 1e16 : exponent >= -4 && exponent < 16;
  if (d.digits === '' || positional) {
    const fraction = fractionPart(d, Math.max(1, d.digits.length - d.point));
    return sign(d) + integerPart(d) + '.' + fraction;
  }
  const mantissa = d.digits.length > 1 ? d.digits[0] + '.' + d.digits.slice(1) : d.digits;
  return sign(d) + mantissa + exponentSuffix(exponent, 2);
}
