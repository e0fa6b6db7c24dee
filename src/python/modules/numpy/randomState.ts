// NumPy's legacy RandomState (numpy/random/mtrand.pyx, src/legacy, src/distributions in NumPy 1.24): the
// mt19937 stream `np.random.seed(n)` starts, and the exact transforms that turn its bits into doubles, normals,
// bounded integers and shuffles, so a seeded NumPy program draws the numbers real NumPy draws.

import { MT19937 } from '../../../engine/random/mt19937.ts';
import { correctlyRoundedLog } from '../../runtime/correctlyRoundedLog.ts';

/** The state `RandomState()` starts from when nothing seeds it: NumPy seeds from the OS; Tandem from 0, so a
 *  program without np.random.seed still repeats exactly. */
const UNSEEDED = 0;

export class RandomState {
  private bits: MT19937;
  /** legacy_gauss keeps the second value of each polar pair for the next call. */
  private gauss: number | null = null;

  constructor(seed: number = UNSEEDED) {
    this.bits = new MT19937(seed);
  }

  /** `seed(n)` for 0 ≤ n < 2**32: mt19937_seed, which is the reference init_genrand. */
  seed(seed: number): void {
    this.bits = new MT19937(seed);
    this.gauss = null;
  }

  uint32(): number {
    return this.bits.nextUint32();
  }

  /** next_uint64: the first draw is the high half. Returned as a bigint, since it may exceed 2**53. */
  uint64(): bigint {
    const hi = BigInt(this.uint32());
    return (hi << 32n) | BigInt(this.uint32());
  }

  /** mt19937_next_double (legacy_double): 27 + 26 bits, so exactly 53. */
  double(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** legacy_gauss: Marsaglia's polar method; each pair yields f·x2 now and f·x1 at the next call. */
  gaussian(): number {
    if (this.gauss !== null) {
      const cached = this.gauss;
      this.gauss = null;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.double() - 1;
      x2 = 2 * this.double() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * correctlyRoundedLog(r2)) / r2);
    this.gauss = f * x1;
    return f * x2;
  }

  /**
   * random_bounded_uint64_fill with use_masked (RandomState's randint): off + a value in [0, range], drawn by
   * rejecting masked draws above the range; ranges that fit 32 bits draw 32 bits at a time.
   */
  boundedIntegers(off: number, range: number, count: number): number[] {
    const out: number[] = new Array<number>(count);
    if (range === 0) return out.fill(off);
    if (range <= 0xffffffff) {
      const mask = maskFor(range);
      for (let i = 0; i < count; i++) {
        let v: number;
        do v = (this.uint32() & mask) >>> 0;
        while (v > range);
        out[i] = off + v;
      }
      return out;
    }
    const big = BigInt(range);
    const mask = BigInt(maskFor(range));
    for (let i = 0; i < count; i++) {
      let v: bigint;
      do v = this.uint64() & mask;
      while (v > big);
      out[i] = off + Number(v);
    }
    return out;
  }

  /** random_interval: a uniform integer in [0, max] by masked rejection (what shuffle draws). */
  interval(max: number): number {
    if (max === 0) return 0;
    return this.boundedIntegers(0, max, 1)[0]!;
  }

  /** The legacy shuffle's swaps, last position first: j = random_interval(i) for i = n−1 … 1. */
  shuffleSwaps(n: number): [number, number][] {
    const swaps: [number, number][] = [];
    for (let i = n - 1; i >= 1; i--) swaps.push([i, this.interval(i)]);
    return swaps;
  }

  /** permutation(n): arange(n) shuffled in place. */
  permutation(n: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (const [i, j] of this.shuffleSwaps(n)) [order[i], order[j]] = [order[j]!, order[i]!];
    return order;
  }
}

/** The smallest 2**k − 1 that covers `range` (gen_mask), as a number (exact below 2**53). */
function maskFor(range: number): number {
  let mask = 1;
  while (mask < range) mask = mask * 2 + 1;
  return mask;
}
