// public/data files are read from disk under Node (the CLI and these tests): the digits file has the layout
// tests/oracle/digits_data.py writes, and a missing file fails with a DataFileError the modules can reword.

import { describe, expect, it } from 'vitest';
import { DataFileError, readDataFile } from './dataFiles.ts';

describe('readDataFile', () => {
  it('reads digits.bin: 1797 images of 64 pixels in 0..16, then 1797 labels in 0..9', async () => {
    const bytes = await readDataFile('digits.bin');
    expect(bytes.length).toBe(1797 * 65);
    expect(Math.max(...bytes.subarray(0, 1797 * 64))).toBe(16);
    const labels = bytes.subarray(1797 * 64);
    expect([...labels.subarray(0, 10)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(labels.reduce((a, b) => a + b, 0)).toBe(8070);
  });

  it('rejects a file that is not there with a DataFileError, and tries again next time', async () => {
    await expect(readDataFile('no-such-file.bin')).rejects.toBeInstanceOf(DataFileError);
    await expect(readDataFile('no-such-file.bin')).rejects.toThrow(/could not read public\/data\/no-such-file\.bin/);
  });
});
