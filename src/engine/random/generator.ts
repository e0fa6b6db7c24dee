// PyTorch's CPU generator (CPUGeneratorImpl): an mt19937 engine plus the cached second Box–Muller sample, and
// the per-element transforms of ATen's TransformationHelper.h that turn raw bits into numbers.

import { fmaf } from './float32-math.ts';
import { MT19937 } from './mt19937.ts';

/**
 * The seed of a fresh torch.Generator(). Real PyTorch seeds its global generator nondeterministically at
 * startup; Tandem starts it from this constant instead, so a program that never calls manual_seed prints the
 * same numbers every run.
 */
export const DEFAULT_SEED = 67280421310721n;

const TWO_POW_32 = 2 ** 32;

export class Generator {
  private engine: MT19937;
  private seed: bigint;
  private nextDoubleNormal: number | null = null;

  constructor(seed: number | bigint = DEFAULT_SEED) {
    this.seed = BigInt(seed);
    this.engine = new MT19937(this.seed);
  }

  /** `torch.manual_seed(n)`: a fresh engine and no cached normal sample. */
  manualSeed(seed: number | bigint): void {
    this.seed = BigInt(seed);
    this.engine = new MT19937(this.seed);
    this.nextDoubleNormal = null;
  }

  initialSeed(): bigint {
    return this.seed;
  }

  /** 32 random bits (`generator->random()`). */
  random(): number {
    return this.engine.nextUint32();
  }

  /** 64 random bits as [high, low] 32-bit halves (`random64()`: the first draw is the high half). */
  random64(): [number, number] {
    const hi = this.engine.nextUint32();
    const lo = this.engine.nextUint32();
    return [hi, lo];
  }

  /** uniform_real<float>: the low 24 bits of one draw, scaled to [0, 1), then to [from, to) in float32
   *  (x·(to − from) + from, which the compiler fuses into one multiply-add). */
  uniformFloat32(from: number, to: number): number {
    const x = (this.random() & 0xffffff) / 0x1000000;
    return fmaf(x, Math.fround(Math.fround(to) - Math.fround(from)), Math.fround(from));
  }

  /** uniform_real<double>: the low 53 bits of a 64-bit draw, scaled to [0, 1), then to [from, to). */
  uniformFloat64(from: number, to: number): number {
    const [hi, lo] = this.random64();
    const x = ((hi & 0x1fffff) * TWO_POW_32 + lo) / 2 ** 53;
    return x * (to - from) + from;
  }

  /** normal_distribution<double>: Box–Muller on two uniform doubles, caching the sine half for the next call. */
  normalFloat64(mean: number, std: number): number {
    if (this.nextDoubleNormal !== null) {
      const cached = this.nextDoubleNormal;
      this.nextDoubleNormal = null;
      return cached * std + mean;
    }
    const u1 = this.uniformFloat64(0, 1);
    const u2 = this.uniformFloat64(0, 1);
    const r = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = 2 * Math.PI * u1;
    this.nextDoubleNormal = r * Math.sin(theta);
    return r * Math.cos(theta) * std + mean;
  }

  /** random_from_to: (bits mod range) + from, with 64 bits when the range needs more than 32. */
  integer(from: number, to: number): number {
    const range = to - from;
    if (range >= TWO_POW_32) {
      const [hi, lo] = this.random64();
      const value = ((BigInt(hi) << 32n) | BigInt(lo)) % BigInt(range);
      return Number(value) + from;
    }
    return (this.random() % range) + from;
  }
}

/** The generator behind torch.manual_seed and every torch random op. */
export const defaultGenerator = new Generator();
