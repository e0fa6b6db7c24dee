// Exact decimal digits of IEEE doubles. Every finite double is a dyadic rational, so its decimal expansion is
// finite; CPython's format() and NumPy's Dragon4 both round that exact expansion half to even. JavaScript's
// toFixed rounds ties away from zero ((1.03125).toFixed(4) is '1.0313', Python says '1.0312'), so we carry the
// exact digits ourselves.

/** value = (negative ? -1 : 1) × 0.d₁d₂d₃… × 10^point. Zero has no digits. */
export interface Decimal {
  readonly negative: boolean;
  /** Significant digits without leading or trailing zeros; '' for zero. */
  readonly digits: string;
  /** Where the decimal point sits, counted in digits from the first significant one (19.5 → '195', 2). */
  readonly point: number;
}

const bits = new DataView(new ArrayBuffer(8));

/** The exact decimal expansion of a finite double (-0 keeps its sign). */
export function exactDecimal(x: number): Decimal {
  const negative = x < 0 || Object.is(x, -0);
  bits.setFloat64(0, Math.abs(x));
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biasedExponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent2 = -1074; // subnormals: no implicit leading bit
  if (biasedExponent !== 0) {
    mantissa |= 1n << 52n;
    exponent2 = biasedExponent - 1075;
  }
  if (mantissa === 0n) return { negative, digits: '', point: 0 };
  let text: string;
  let point: number;
  if (exponent2 >= 0) {
    text = (mantissa << BigInt(exponent2)).toString();
    point = text.length;
  } else {
    // m × 2^-k = m × 5^k / 10^k
    text = (mantissa * 5n ** BigInt(-exponent2)).toString();
    point = text.length + exponent2;
  }
  return { negative, digits: text.replace(/0+$/, ''), point };
}

/** Parses a decimal literal such as '1.2345e-7' or '19.013954' into its digits (sign ignored). */
export function parseDecimal(text: string, negative: boolean): Decimal {
  const match = /^(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(text);
  if (match === null) throw new Error(`not a decimal literal: ${text}`);
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  if (digits === '') return { negative, digits: '', point: 0 };
  return { negative, digits, point: whole.length - leading + Number(match[3] ?? 0) };
}

/** Keeps `keep` significant digits (≤ 0 allowed), rounding the rest half to even, as Python and Dragon4 do. */
export function roundDecimal(d: Decimal, keep: number): Decimal {
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { negative: d.negative, digits: '', point: 0 };
  const head = d.digits.slice(0, keep);
  const rest = d.digits.slice(keep);
  // Trailing zeros are stripped, so a '5' followed by anything is strictly above the half.
  const lastHeadDigit = head === '' ? 0 : Number(head[head.length - 1]);
  const up = rest[0]! > '5' || (rest[0] === '5' && (rest.length > 1 || lastHeadDigit % 2 === 1));
  if (!up) {
    const digits = head.replace(/0+$/, '');
    return digits === '' ? { negative: d.negative, digits: '', point: 0 } : { ...d, digits };
  }
  const carried = incrementDigits(head);
  if (carried.length > head.length) {
    return { negative: d.negative, digits: carried.replace(/0+$/, ''), point: d.point + 1 };
  }
  return { negative: d.negative, digits: carried.replace(/0+$/, ''), point: d.point };
}

/** '129' → '130', '99' → '100', '' → '1'. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return '1' + out.join('');
}

/** Rounds to `fractionDigits` digits after the decimal point. */
export function roundToFraction(d: Decimal, fractionDigits: number): Decimal {
  return roundDecimal(d, d.point + fractionDigits);
}

/** How many digits the value has after its decimal point. */
export function fractionLength(d: Decimal): number {
  return Math.max(0, d.digits.length - d.point);
}

/** The digits left of the decimal point ('0' when there are none), without sign. */
export function integerPart(d: Decimal): string {
  if (d.point <= 0 || d.digits === '') return '0';
  return d.digits.slice(0, d.point).padEnd(d.point, '0');
}

/** Exactly `width` digits right of the decimal point, zero-filled (the value must already be rounded). */
export function fractionPart(d: Decimal, width: number): string {
  const after = d.point >= 0 ? d.digits.slice(d.point) : '0'.repeat(-d.point) + d.digits;
  return after.padEnd(width, '0').slice(0, width);
}

/** The decimal exponent of the first significant digit (0 for zero): 19.5 → 1, 0.001 → -3. */
export function scientificExponent(d: Decimal): number {
  return d.digits === '' ? 0 : d.point - 1;
}

/** 'e+05', 'e-100': the sign always, at least `minDigits` exponent digits. */
export function exponentSuffix(exponent: number, minDigits: number): string {
  return 'e' + (exponent < 0 ? '-' : '+') + String(Math.abs(exponent)).padStart(minDigits, '0');
}
