import { describe, expect, it } from 'vitest';
import { lineMapping, mapRange } from './lineMap.ts';

const lesson = ['import torch', '', 'x = 1', 'y = 2', 'print(x + y)'].join('\n');

describe('where the lesson’s lines went after edits', () => {
  it('maps every line to itself when nothing changed', () => {
    expect(lineMapping(lesson, lesson)).toEqual([1, 2, 3, 4, 5]);
  });

  it('follows lines moved down by inserted ones and leaves out deleted ones', () => {
    const edited = ['import torch', 'import numpy as np', '', 'x = 1', 'print(x + y)'].join('\n');
    expect(lineMapping(lesson, edited)).toEqual([1, 3, 4, null, 5]);
  });

  it('keeps a line edited in place, as long as the edit kept the line count', () => {
    const edited = ['import torch', '', 'x = 10', 'y = 20', 'print(x + y)'].join('\n');
    expect(lineMapping(lesson, edited)).toEqual([1, 2, 3, 4, 5]);
    // Two lines replaced by three are new code: nothing maps into them.
    const rewritten = ['import torch', '', 'a = 1', 'b = 2', 'c = 3', 'print(x + y)'].join('\n');
    expect(lineMapping(lesson, rewritten)).toEqual([1, 2, null, null, 6]);
  });

  it('maps a range to the span of its surviving lines, or to nothing', () => {
    expect(mapRange([1, 3, 4, null, 5], [3, 5])).toEqual([4, 5]);
    expect(mapRange([1, 3, 4, null, 5], [4, 4])).toBeNull();
  });

  it('gives up on texts too long to compare rather than freeze the editor', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n');
    expect(lineMapping(long, long).every((line) => line === null)).toBe(true);
  });
});
