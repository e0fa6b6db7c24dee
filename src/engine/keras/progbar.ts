// The lines Keras 3's Progbar prints, without its ANSI colour codes:
//   verbose=1: `5/5 ━━━━━━━━━━━━━━━━━━━━ 0s 2ms/step - accuracy: 0.5000 - loss: 0.6931`
//   verbose=2: `5/5 - 0s - 2ms/step - accuracy: 0.5000 - loss: 0.6931`
// Numbers use Python's %-formatting (round half to even on exact ties), not JS's toFixed.

const BAR_WIDTH = 20;
const BAR_CHAR = '\u2501';

/** Python's f'{x:.{digits}f}': the exact binary value rounded to `digits` decimals, ties to even
 *  (JS's toFixed rounds exact ties away from zero). */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const [mantissa, exponent] = exactBinary(Math.abs(x));
  let num = mantissa * 10n ** BigInt(digits);
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  let q = num / den;
  const twiceRest = 2n * (num - q * den);
  if (twiceRest > den || (twiceRest === den && q % 2n === 1n)) q += 1n;
  let text = q.toString().padStart(digits + 1, '0');
  if (digits > 0) text = `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return x < 0 || Object.is(x, -0) ? `-${text}` : text;
}

function exactBinary(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  return exp === 0 ? [frac, -1074] : [frac | (1n << 52n), exp - 1075];
}

/** Python's f'{x:.4e}': mantissa with 4 decimals, exponent with sign and at least two digits. */
export function pyExp4(x: number): string {
  const [mantissa, exponent] = x.toExponential(4).split('e');
  const e = Number(exponent);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Keras' _format_time: `0s/step`, `12ms/step` or `850us/step`. */
export function formatTimePerStep(seconds: number, unit = 'step'): string {
  if (seconds >= 1 || seconds === 0) return ` ${pyFixed(seconds, 0)}s/${unit}`;
  if (seconds >= 1e-3) return ` ${pyFixed(seconds * 1000, 0)}ms/${unit}`;
  return ` ${pyFixed(seconds * 1e6, 0)}us/${unit}`;
}

function formatValue(value: number, verbose: 1 | 2): string {
  const large = verbose === 1 ? Math.abs(value) > 1e-3 : value > 1e-3;
  return large ? pyFixed(value, 4) : pyExp4(value);
}

export interface ProgressLine {
  current: number;
  target: number;
  elapsedSeconds: number;
  secondsPerStep: number;
  logs: readonly (readonly [string, number])[];
  verbose: 1 | 2;
}

/** The final progress line of an epoch (or of predict/evaluate). */
export function progressLine({ current, target, elapsedSeconds, secondsPerStep, logs, verbose }: ProgressLine): string {
  const width = String(target).length;
  const count = `${String(current).padStart(width)}/${target}`;
  const metrics = logs.map(([k, v]) => ` - ${k}: ${formatValue(v, verbose)}`).join('');
  if (verbose === 2) return `${count} - ${pyFixed(elapsedSeconds, 0)}s -${formatTimePerStep(secondsPerStep)}${metrics}`;
  const done = Math.floor((BAR_WIDTH * current) / target);
  const bar = BAR_CHAR.repeat(done) + BAR_CHAR.repeat(BAR_WIDTH - done);
  return `${count} ${bar} ${pyFixed(elapsedSeconds, 0)}s${formatTimePerStep(secondsPerStep)}${metrics}`;
}
