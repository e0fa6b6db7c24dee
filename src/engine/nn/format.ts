// Python's repr() of numbers, for module reprs (`Dropout(p=0.5, inplace=False)`, `ELU(alpha=1.0)`), which
// print hyperparameters exactly as Python would.

/** repr(float): shortest round-trip digits; scientific below 1e-4 or from 1e16, as `1e-05` / `1e+16`. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let text: string;
  if (exp >= 0) {
    const whole = digits.padEnd(exp + 1, '0');
    const intPart = whole.slice(0, exp + 1);
    const frac = whole.slice(exp + 1);
    text = `${intPart}.${frac === '' ? '0' : frac}`;
  } else {
    text = `0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  return negative ? `-${text}` : text;
}

/** repr of a Python value stored as a JS number that Python held as an int (`beta=1`). */
export const pyIntRepr = (x: number): string => String(x);

export const pyBoolRepr = (b: boolean): string => (b ? 'True' : 'False');
