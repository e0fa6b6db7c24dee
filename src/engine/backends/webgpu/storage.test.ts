// How engine dtypes map to the GPU's 32-bit words and back (runs in Node; no GPU needed).

import { describe, expect, it } from 'vitest';
import { fromDeviceWords, storageOf, toDeviceWords } from './storage.ts';

describe('GPU storage of each dtype', () => {
  it('stores float32 and float64 as f32, int64 as i32, bool as u32', () => {
    expect((['float32', 'float64', 'int64', 'bool'] as const).map(storageOf)).toEqual(['f32', 'f32', 'i32', 'u32']);
  });

  it('round-trips int64 within 32 bits and bool as 0/1', () => {
    const ints = toDeviceWords(Float64Array.of(-5, 0, 2147483647), 'int64');
    expect(Array.from(fromDeviceWords(ints.buffer as ArrayBuffer, 'int64', 3))).toEqual([-5, 0, 2147483647]);
    const bools = toDeviceWords(Uint8Array.of(0, 1, 7), 'bool');
    expect(Array.from(bools)).toEqual([0, 1, 1]);
    expect(fromDeviceWords(bools.buffer as ArrayBuffer, 'bool', 3)).toEqual(Uint8Array.of(0, 1, 1));
  });

  it('rounds float64 to float32 on the way up', () => {
    const words = toDeviceWords(Float64Array.of(0.1), 'float64');
    expect(fromDeviceWords(words.buffer as ArrayBuffer, 'float64', 1)[0]).toBe(Math.fround(0.1));
  });

  it('refuses int64 values that do not fit 32 bits, naming the fix', () => {
    expect(() => toDeviceWords(Float64Array.of(2 ** 31), 'int64')).toThrow(
      'WebGPU stores int64 tensors as 32-bit integers; the value 2147483648 does not fit. Keep this tensor on the CPU.',
    );
  });
});
