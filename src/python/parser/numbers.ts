// Numeric literals: where one ends (following CPython's tokenizer rule for rule, so malformed literals get its exact
// messages) and what value it holds.
import type { ConstantValue } from '../ast.ts';

export type NumberScan =
  | { ok: true; end: number }
  /** `at` is CPython's cursor when it gave up: the error's column is that index (see tokenizer.ts). */
  | { ok: false; message: string; at: number; endAt?: number };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHexDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
const isOctalDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const isBinaryDigit = (c: string | undefined): boolean => c === '0' || c === '1';

/** Letters, digits, `_` and anything non-ASCII: what may not touch the end of a number. */
function isIdentifierChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  return (
    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c.charCodeAt(0) >= 128
  );
}

/**
 * Scans the number starting at `start` (a digit, or a '.' before a digit) and returns where it ends, or CPython's
 * error for it.
 */
export function scanNumber(text: string, start: number): NumberScan {
  return new NumberScanner(text, start).scan();
}

/** Thrown inside the scanner to stop at the first error. */
class Malformed {
  constructor(readonly scan: NumberScan) {}
}

/**
 * A cursor over the text, written like CPython's tok_get because its error columns are wherever its cursor
 * stood: `pos` is the index of the next unread character.
 */
class NumberScanner {
  private pos: number;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  scan(): NumberScan {
    try {
      this.number();
      return { ok: true, end: this.pos };
    } catch (e) {
      if (e instanceof Malformed) return e.scan;
      throw e;
    }
  }

  private read(): string | undefined {
    const c = this.text[this.pos];
    if (c !== undefined) this.pos++;
    return c;
  }

  private backup(c: string | undefined): void {
    if (c !== undefined) this.pos--;
  }

  private fail(message: string, endAt?: number): never {
    throw new Malformed({ ok: false, message, at: this.pos, endAt });
  }

  private number(): void {
    const first = this.read();
    if (first === '.') return this.afterInteger('.', false);
    if (first !== '0') return this.afterInteger(this.decimalTail(), false);
    let c = this.read();
    if (c === 'x' || c === 'X') return this.radixDigits(isHexDigit, 'hexadecimal');
    if (c === 'o' || c === 'O') return this.radixDigits(isOctalDigit, 'octal');
    if (c === 'b' || c === 'B') return this.radixDigits(isBinaryDigit, 'binary');
    // '0', '00', '0_0', and floats such as 0.5 or 01.5; but no old-style octal like 017.
    for (;;) {
      if (c === '_') {
        c = this.read();
        if (!isDigit(c)) {
          this.backup(c);
          this.fail('invalid decimal literal');
        }
      }
      if (c !== '0') break;
      c = this.read();
    }
    const zerosEnd = this.pos;
    if (!isDigit(c)) return this.afterInteger(c, false);
    this.afterInteger(this.decimalTail(), true, zerosEnd);
  }

  /** Digits after the first, with single underscores between them. Returns the first character after them. */
  private decimalTail(): string | undefined {
    for (;;) {
      let c: string | undefined;
      do c = this.read();
      while (isDigit(c));
      if (c !== '_') return c;
      c = this.read();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail('invalid decimal literal');
      }
    }
  }

  private radixDigits(isRadixDigit: (c: string | undefined) => boolean, kind: string): void {
    // Decimal digits beyond the radix get their own message, except in hex where every digit is valid.
    const badDigit = (c: string | undefined) => {
      if (kind !== 'hexadecimal' && isDigit(c)) this.fail(`invalid digit '${c}' in ${kind} literal`);
    };
    let c = this.read();
    do {
      if (c === '_') c = this.read();
      if (!isRadixDigit(c)) {
        badDigit(c);
        this.backup(c);
        this.fail(`invalid ${kind} literal`);
      }
      do c = this.read();
      while (isRadixDigit(c));
    } while (c === '_');
    badDigit(c);
    this.end(c, kind);
  }

  /**
   * Fraction, exponent and imaginary suffix, entered with `c` the character after the integer part.
   * `leadingZeros`: the integer part was 0-prefixed digits, allowed only before a fraction or exponent.
   */
  private afterInteger(c: string | undefined, leadingZeros: boolean, zerosEnd = 0): void {
    if (c === '.') {
      c = this.read();
      if (isDigit(c)) c = this.decimalTail();
    } else if (c !== 'e' && c !== 'E' && c !== 'j' && c !== 'J') {
      if (leadingZeros) {
        this.backup(c);
        this.fail(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          zerosEnd,
        );
      }
      return this.end(c, 'decimal');
    }
    if (c === 'e' || c === 'E') {
      const e = c;
      c = this.read();
      if (c === '+' || c === '-') {
        c = this.read();
        if (!isDigit(c)) {
          this.backup(c);
          this.fail('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        // `1else`: the 'e' starts a keyword, not an exponent.
        this.backup(c);
        return this.end(e, 'decimal');
      }
      c = this.decimalTail();
    }
    if (c === 'j' || c === 'J') return this.end(this.read(), 'imaginary');
    this.end(c, 'decimal');
  }

  /**
   * Checks what follows the literal (`c`, already read) and leaves the cursor just after the literal. A literal
   * run straight into a keyword (`1if x else y`) is accepted, as CPython 3.11 does with a warning; straight into
   * any other name it is an error.
   */
  private end(c: string | undefined, kind: string): void {
    const follows = (word: string): boolean =>
      this.text.startsWith(word, this.pos) && !isIdentifierChar(this.text[this.pos + word.length]);
    let keyword = false;
    if (c === 'a') keyword = follows('nd');
    else if (c === 'e') keyword = follows('lse');
    else if (c === 'f') keyword = follows('or');
    else if (c === 'i') keyword = this.text[this.pos] === 'f' || this.text[this.pos] === 'n' || this.text[this.pos] === 's';
    else if (c === 'o') keyword = follows('r');
    else if (c === 'n') keyword = follows('ot');
    this.backup(c);
    if (!keyword && isIdentifierChar(c)) this.fail(`invalid ${kind} literal`);
  }
}

/** The value of a NUMBER token's text. Ints become bigints, so `10**30`'s operands and 2**64 literals survive. */
export function numberValue(literal: string): ConstantValue {
  const digits = literal.replaceAll('_', '');
  const last = digits[digits.length - 1];
  if (last === 'j' || last === 'J') return { type: 'imag', value: Number(digits.slice(0, -1)) };
  const radix = digits[0] === '0' ? digits[1]?.toLowerCase() : undefined;
  if (radix === 'x' || radix === 'o' || radix === 'b') return { type: 'int', value: BigInt(digits) };
  if (/[.eE]/.test(digits)) return { type: 'float', value: Number(digits) };
  return { type: 'int', value: BigInt(digits) };
}
